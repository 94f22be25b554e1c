# case: async with on objects without the protocol, and with __aenter__/__aexit__ returning non-awaitables.
# tags: async_syntax errors versions
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class NoProtocol:
    pass

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

class SyncExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "not awaitable"

async def use(m):
    async with m:
        print("inside")

for m in [NoProtocol(), OnlyEnter(), SyncEnter(), SyncExit(), 5]:
    try:
        run(use(m))
    except Exception as e:
        print(type(e).__name__, e)
