# case: zip(), map(), enumerate() and list() of an async generator or a coroutine: each is
#   "'T' object is not iterable" from iter() (3.8+); zip's keywords are checked before its
#   arguments (3.8-3.9: "zip() takes no keyword arguments" even for an async generator).
# tags: async_generator coroutine errors versions
async def agen():
    yield 1

async def coro():
    return 1

ag = agen()
zip(ag)
zip([], ag)
zip([1], [2], ag)
zip(ag, strict=True)
zip(ag, bogus=1)
list(zip(range(3), ag))
dict(zip(ag, ag))
map(len, ag)
map(len, [], ag)
enumerate(ag)
list(ag)
c = coro()
zip(c)
list(zip([], c))
c.close()
class NotIterable:
    pass

zip([], NotIterable())
