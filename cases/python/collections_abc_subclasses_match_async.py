# case: subclasses of collections.abc's Sequence, Mapping, AsyncIterator, AsyncGenerator,
#   Coroutine, Callable and Hashable: the mixins' iteration, reversed, index, async for over
#   them, aclose through athrow, await of a Coroutine subclass, match's sequence and mapping
#   patterns over ABC subclasses, and the ABCs' generic aliases.
# python: >=3.10
# tags: python async_generator coroutine iterator
import collections.abc as abc
import abc as abcmod
# Sequence-derived generator sources and the protocol around them
class Rng(abc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
r = Rng(4)
list(r), r[-1], 9 in r, list(reversed(r)), r.index(4), sorted(r, reverse=True)
match r:
    case [a, b, *rest]:
        print("seq", a, b, rest)
    case _:
        print("no")
class M(abc.Mapping):
    def __init__(self): self.d = {"x": 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): yield from self.d
    def __len__(self): return 1
match M():
    case {"x": v}:
        print("map", v)
isinstance(r, abc.Reversible), isinstance(r, abc.Collection)
class Agen(abc.AsyncIterator):
    def __init__(self): self.i = 0
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    return [x async for x in Agen()]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class AG(abc.AsyncGenerator):
    def __init__(self): self.n = 0
    async def asend(self, v):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return (self.n, v)
    async def athrow(self, *a):
        print("athrow", a[0])
        raise StopAsyncIteration
async def main2():
    a = AG()
    out = [x async for x in a]
    await a.aclose()
    return out
c = main2()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class Co(abc.Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): raise a[0]
    def __await__(self): return iter([])
co = Co()
try:
    co.send(7)
except StopIteration as e:
    print(e.value)
co.close()
isinstance(co, abc.Awaitable)
async def aw():
    return await Co()
x = aw()
try:
    x.send(None)
except StopIteration as e:
    print("aw", e.value)
class Cb(abc.Callable):
    def __call__(self): return (i for i in range(2))
list(Cb()())
class H(abc.Hashable):
    def __hash__(self): return 5
hash(H())
abc.Iterable[int]
abc.Generator[int, None, None]
abc.Iterator.__abstractmethods__
