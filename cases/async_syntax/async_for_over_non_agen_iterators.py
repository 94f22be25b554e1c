# case: async for over an object whose __anext__ returns an __await__ object or a types.coroutine generator, and over one whose __aiter__ returns another object.
# tags: async_syntax coroutine
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield "waiting for %r" % (self.value,)
        if self.value is None:
            raise StopAsyncIteration
        return self.value

class Items:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        return Ready(self.items.pop(0) if self.items else None)

@types.coroutine
def gen_next(it):
    yield "gen step"
    if not it:
        raise StopAsyncIteration
    return it.pop()

class GenItems:
    def __init__(self):
        self.left = [1, 2]
    def __anext__(self):
        return gen_next(self.left)

class Outer:
    def __aiter__(self):
        return GenItems()

async def main():
    async for v in Items("ab"):
        print("item", v)
    async for v in Outer():
        print("gen item", v)
    return "done"

run(main())
