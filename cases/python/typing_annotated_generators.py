# case: A typed generator program: typing's forms imported, subscripted and used in annotations
#   (evaluated before 3.14), a Generic[T] container whose drain() is a generator, TypeVar,
#   NewType, cast and overload; the generators run the same on every version.
# tags: python, generator, send, versions
from typing import Generator, Iterator, Iterable, Optional, TypeVar, Generic, List, Dict, Tuple, Callable, Union, Any
import typing

T = TypeVar("T")

def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        received: Optional[int] = yield n
        if received is not None:
            n = received
        n -= 1
    return "liftoff"

def pairs(xs: Iterable[T]) -> Iterator[Tuple[T, T]]:
    it = iter(xs)
    for a in it:
        for b in it:
            yield a, b
            break

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def drain(self) -> Iterator[T]:
        while self.items:
            yield self.items.pop()

g = countdown(3)
next(g), g.send(5), next(g)
list(pairs("abcdef"))
s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
list(s.drain())
Stack.__mro__[1].__name__
table: Dict[str, Callable[[int], int]] = {"double": lambda v: v * 2}
table["double"](21)
def apply(f: Callable[..., Any], *args: Union[int, str]) -> Any:
    return f(*args)
apply(max, 3, 9)
typing.cast(int, "not really")
typing.TYPE_CHECKING
UserId = typing.NewType("UserId", int)
UserId(5), UserId.__name__
@typing.overload
def f(x: int) -> int: ...
@typing.overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
f(4), f("ab")
