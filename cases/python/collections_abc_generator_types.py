# case: collections.abc over generators, coroutines, async generators and the built-in
#   iterators: isinstance/issubclass answers (registered types and __subclasshook__'s
#   structural checks, `__iter__ = None` blocking them), and the dotted import forms.
# tags: python introspection generator coroutine async_generator iterator
import collections.abc
import collections.abc as cabc
from collections import abc

cabc is abc, collections.abc is abc
abc.__name__, abc.Iterable.__module__, abc.Generator.__qualname__
abc.Generator.__mro__


def gen():
    yield 1


async def co():
    return 1


async def agen():
    yield 1


g = gen()
[isinstance(g, t) for t in (abc.Generator, abc.Iterator, abc.Iterable, abc.Awaitable, abc.Hashable, abc.Sized)]
c = co()
[isinstance(c, t) for t in (abc.Coroutine, abc.Awaitable, abc.Iterable, abc.Generator)]
c.close()
a = agen()
[isinstance(a, t) for t in (abc.AsyncGenerator, abc.AsyncIterator, abc.AsyncIterable, abc.Iterator)]
ge = (x for x in range(3))
isinstance(ge, abc.Generator), issubclass(type(ge), abc.Iterator)
its = [iter([]), iter(()), iter(""), iter({}), iter({}.values()), iter({}.items()), iter(set()), iter(range(3)), reversed([]), zip(), map(str, []), filter(None, []), enumerate([])]
[isinstance(i, abc.Iterator) for i in its]
[isinstance(x, abc.Iterable) for x in ([], (), "", {}, set(), frozenset(), range(2), b"", 3, None, len)]
[isinstance(x, abc.Sequence) for x in ([], (), "", range(2), b"", {}, set())]
[isinstance(x, abc.MutableSequence) for x in ([], (), "")]
[isinstance(x, abc.Mapping) for x in ({}, [], set())]
[isinstance(x, abc.Set) for x in (set(), frozenset(), {}.keys(), {}.items(), {}.values(), [])]
[isinstance(x, abc.Hashable) for x in (1, "", (), [], {}, set(), frozenset(), None, gen)]
[isinstance(x, abc.Callable) for x in (len, gen, int, 3, "", print, abc.Iterable)]
[isinstance(x, abc.Reversible) for x in ([], (), {}, set(), range(3), "", g)]
[isinstance(x, abc.Sized) for x in ([], {}, g, "", range(1))]
[isinstance(x, abc.Container) for x in ([], {}, g, "", set())]
[isinstance(x, abc.Collection) for x in ([], {}, g, "", set(), range(0))]
isinstance({}.keys(), abc.KeysView), isinstance({}.values(), abc.ValuesView), isinstance({}.items(), abc.ItemsView)
isinstance({}.keys(), abc.MappingView), isinstance({}.values(), abc.Set)
issubclass(list, abc.Sequence), issubclass(bool, abc.Hashable), issubclass(type(g), abc.Generator)
issubclass(int, abc.Iterable)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoIter(It):
    __iter__ = None


class OnlyNext:
    def __next__(self):
        return 1


class GenLike(It):
    def send(self, v):
        return v

    def throw(self, *a):
        pass

    def close(self):
        pass


class Awaitish:
    def __await__(self):
        return iter([])


isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), isinstance(It(), abc.Generator)
isinstance(NoIter(), abc.Iterator), isinstance(NoIter(), abc.Iterable)
isinstance(OnlyNext(), abc.Iterator)
isinstance(GenLike(), abc.Generator), issubclass(GenLike, abc.Iterator)
isinstance(Awaitish(), abc.Awaitable), isinstance(Awaitish(), abc.Coroutine)
try:
    iter(NoIter())
except TypeError as e:
    print(e)
try:
    issubclass(3, abc.Iterable)
except TypeError as e:
    print(e)
try:
    abc.Iterable.register(3)
except TypeError as e:
    print(e)
