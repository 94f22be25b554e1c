# case: A coroutine created and dropped without being awaited warns 'was never awaited' where its last reference goes: del, rebinding, a function's end.
# tags: coroutine finalization
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

async def job(n):
    print("job runs", n)

c = job(1)
del c
c = job(2)
c = None
def make_and_forget():
    job(3)
    print("forgot")

make_and_forget()
c = job(4)
run(c)
del c
c = job(5)
c.close()
del c
