# case: async with on objects missing or misusing the protocol; 3.14 names the qualified type and suggests 'with' for a sync manager.
# tags: async_syntax errors versions
import types
class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return True
class NoExit:
    async def __aenter__(self):
        return 1
class NoEnter:
    async def __aexit__(self, *a):
        return False
class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
class Sync:
    def __enter__(self): pass
    def __exit__(self, *a): pass
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except BaseException as e:
        print(type(e).__name__, e)
async def use(o, raise_=False):
    async with o as v:
        print("body", v)
        if raise_:
            raise ValueError("x")
    return "after"
for o in [CM(), NoExit(), NoEnter(), BadEnter(), BadExit(), Sync(), 5]:
    drive(use(o))
    drive(use(o, True))
