# case: typing's aliases of collections.abc's classes around generators: isinstance and
#   issubclass through typing.Generator, Iterator, Iterable, AbstractSet, ...; their repr and
#   __origin__; the TypeError of a subscripted alias in a check; generator functions annotated
#   with them.
# tags: python generator introspection errors
import typing
from typing import Generator, Iterator, Iterable, AsyncGenerator, Awaitable
import collections.abc


def count(n: int) -> Generator[int, None, str]:
    for i in range(n):
        yield i
    return "done"


def walk(xs: Iterable[int]) -> Iterator[int]:
    yield from xs


async def agen() -> AsyncGenerator[int, None]:
    yield 1


g = count(2)
isinstance(g, Generator), isinstance(g, Iterator), isinstance(g, typing.Sized)
isinstance(walk([1]), typing.Iterator), isinstance([], Iterable), isinstance({}, typing.AbstractSet)
issubclass(list, typing.Sequence), issubclass(dict, typing.MutableMapping), issubclass(tuple, typing.MutableSequence)
a = agen()
isinstance(a, AsyncGenerator), isinstance(a, typing.AsyncIterator), isinstance(a, Awaitable)
Generator, typing.AbstractSet, typing.Hashable
Generator.__origin__ is collections.abc.Generator, typing.AbstractSet.__origin__ is collections.abc.Set
for check in (lambda: isinstance(g, Iterator[int]), lambda: issubclass(list, Iterable[int])):
    try:
        check()
    except TypeError as e:
        print(e)
list(g), list(walk(count(3)))
