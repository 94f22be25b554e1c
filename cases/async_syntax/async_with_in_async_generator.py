# case: async with around yields of an async generator: __aexit__ runs on exhaustion, on aclose() (seeing GeneratorExit) and on athrow().
# tags: async_syntax async_generator close
class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)

async def agen(name):
    async with CM(name):
        yield 1
        yield 2

g = agen("exhaust")
g.__anext__().send(None)
g.__anext__().send(None)
g.__anext__().send(None)
g = agen("aclose")
g.__anext__().send(None)
g.aclose().send(None)
g = agen("athrow")
g.__anext__().send(None)
g.athrow(KeyError("k")).send(None)
