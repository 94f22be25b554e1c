# case: close() of a coroutine whose awaited types.coroutine generator ignores GeneratorExit: the RuntimeError names the generator, and the outer coroutine sees it.
# tags: coroutine close errors
import types

@types.coroutine
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "ignored"

async def outer():
    try:
        await stubborn()
    except RuntimeError as e:
        print("outer caught", e)
        raise

c = outer()
c.send(None)
c.close()
c.cr_frame
