# case: async with whose __aenter__ returns a non-awaitable, a coroutine-returning __await__ object, or raises; __aexit__ is not called in those cases.
# tags: async_syntax errors
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class Exit:
    async def __aexit__(self, *a):
        print("aexit called")

class IntEnter(Exit):
    def __aenter__(self):
        return 42

class RaisingEnter(Exit):
    async def __aenter__(self):
        raise KeyError("aenter")

class ListEnter(Exit):
    def __aenter__(self):
        return [1]

async def use(cm):
    async with cm:
        print("body")

for cm in [IntEnter(), RaisingEnter(), ListEnter()]:
    try:
        run(use(cm))
    except Exception as e:
        print(type(cm).__name__, type(e).__name__, e)
