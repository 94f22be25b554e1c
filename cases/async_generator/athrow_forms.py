# case: athrow() with a class, an instance, caught and yielding, caught and returning, not caught.
# tags: async_generator throw
import types

async def gen():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("caught", repr(e))
            yield "after KeyError"
        except ValueError:
            return

g = gen()
g.__anext__().send(None)
g.athrow(KeyError("k")).send(None)
g.athrow(KeyError).send(None)
g.__anext__().send(None)
g.athrow(ValueError).send(None)
g.__anext__().send(None)
g2 = gen()
g2.__anext__().send(None)
g2.athrow(TypeError("not caught")).send(None)
g2.__anext__().send(None)
