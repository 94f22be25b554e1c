# case: A suspended async generator dropped without hooks is closed at once (finally runs at the del); an unstarted one is not.
# tags: async_generator finalization
import types

async def gen(name):
    try:
        print(name, "started")
        yield 1
    finally:
        print(name, "finally")

g = gen("a")
g.__anext__().send(None)
del g
print("after del a")
g = gen("b")
del g
print("after del b")
g = gen("c")
g.__anext__().send(None)
