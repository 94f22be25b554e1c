# case: A suspended async generator dropped without hooks that catches GeneratorExit and returns, or yields again, or raises: what the drop reports on each version.
# tags: async_generator finalization versions
async def returns():
    try:
        yield 1
    except GeneratorExit:
        print("returns: caught GeneratorExit")
        return

async def yields_again():
    try:
        yield 1
    except GeneratorExit:
        print("yields_again: caught GeneratorExit")
        yield 2

async def raises():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("while finalizing")

async def finally_only():
    try:
        yield 1
    finally:
        print("finally_only: finally")

gens = [fn() for fn in [returns, yields_again, raises, finally_only]]
for g in gens:
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        print(g.__name__, "yielded", e.value)
del g
while gens:
    print("dropping", gens[0].__name__)
    del gens[0]
