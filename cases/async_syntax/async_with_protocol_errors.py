# case: async with on objects missing __aenter__/__aexit__, __aenter__ not returning an awaitable, exceptions in __aexit__.
# tags: async_syntax errors versions
class NoProto:
    pass

class OnlyEnter:
    async def __aenter__(self):
        return self

class BadEnter:
    def __aenter__(self):
        return 42
    async def __aexit__(self, *a):
        return False

class Suppress:
    async def __aenter__(self):
        print("enter")
        return "value"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

async def use(cm):
    async with cm as v:
        print("body", v)
        raise ValueError("in body")
    return "after"

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    except Exception as e:
        print(type(e).__name__, e)

for cm in (NoProto(), OnlyEnter(), BadEnter(), Suppress()):
    run(use(cm))
