# case: async with whose __aexit__ raises, returns a non-awaitable on the exception path, or is a coroutine returning a falsy/truthy value: what escapes, with context.
# tags: async_syntax errors exceptions
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Base:
    async def __aenter__(self):
        print("enter", type(self).__name__)
        return self

class RaisesInExit(Base):
    async def __aexit__(self, t, v, tb):
        raise KeyError("aexit")

class SyncExitOnError(Base):
    def __aexit__(self, t, v, tb):
        return True

class Falsy(Base):
    async def __aexit__(self, t, v, tb):
        return 0

class Truthy(Base):
    async def __aexit__(self, t, v, tb):
        return "yes"

async def body(cm, fail):
    async with cm as c:
        print("inside", type(c).__name__)
        if fail:
            raise ValueError("body")
    return "completed"

for cls in [RaisesInExit, SyncExitOnError, Falsy, Truthy]:
    for fail in [False, True]:
        try:
            print(cls.__name__, fail, run(body(cls(), fail)))
        except Exception as e:
            print(cls.__name__, fail, type(e).__name__, repr(e), type(e.__context__).__name__)
