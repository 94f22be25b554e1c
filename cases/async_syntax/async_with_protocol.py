# case: async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, suppression by a true result, return from inside.
# tags: async_syntax
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def body(fail, suppress):
    async with Manager("m", suppress) as v:
        print("inside with", v)
        if fail:
            raise ValueError("boom")
    return "after with"

run(body(False, False))
run(body(True, False))
run(body(True, True))
async def early():
    async with Manager("a") as a, Manager("b") as b:
        return a + b

run(early())
