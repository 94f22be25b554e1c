# case: async for that breaks out of an async generator leaves it suspended (no aclose); it is finalized when dropped, through the finalizer hook when one is set.
# tags: async_generator async_syntax finalization
import sys

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

async def main(g):
    async for v in g:
        print("got", v)
        if v == 1:
            break
    print("loop done")

g = agen()
run(main(g))
g.ag_frame is not None
del g
print("dropped")
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(finalizer=lambda g: print("finalizer for", g.__name__))
g = agen()
run(main(g))
del g
sys.set_asyncgen_hooks(*old)
