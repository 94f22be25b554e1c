# case: athrow() of StopAsyncIteration, StopIteration and GeneratorExit into a suspended async generator: uncaught, each ends the athrow differently.
# tags: async_generator throw pep479
async def agen():
    try:
        yield 1
    finally:
        print("finally")

for exc in [StopAsyncIteration, StopIteration, GeneratorExit, KeyboardInterrupt]:
    g = agen()
    g.__anext__().send(None)
    try:
        g.athrow(exc).send(None)
    except BaseException as e:
        print(exc.__name__, "->", type(e).__name__, repr(e), type(e.__cause__).__name__)
    try:
        g.__anext__().send(None)
    except BaseException as e:
        print("  then", type(e).__name__)
