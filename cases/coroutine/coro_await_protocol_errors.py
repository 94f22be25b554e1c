# case: await on objects with broken __await__: non-iterator result, a coroutine result, missing, a generator.
# tags: coroutine errors
class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsCoro:
    def __await__(self):
        async def inner():
            return 1
        return inner()

class ReturnsGen:
    def __await__(self):
        yield "from gen"
        return "gen result"

class NoAwait:
    pass

def gen():
    yield 1

async def try_await(obj):
    try:
        return await obj
    except TypeError as e:
        return "TypeError: %s" % e

def run(c):
    try:
        while True:
            print("yielded", c.send(None))
    except StopIteration as e:
        print("result", e.value)

for obj in (ReturnsList(), ReturnsCoro(), ReturnsGen(), NoAwait(), gen(), 42):
    run(try_await(obj))
