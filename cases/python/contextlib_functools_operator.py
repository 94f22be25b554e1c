# case: the generator-based context manager of contextlib around a body that ends normally,
#   raises an exception the generator handles, one it does not, and StopIteration; the
#   generator that does not yield or yields twice; suppress; functools.wraps around a
#   generator function, partial and reduce over generators; operator's callables as keys.
# tags: python generator close throw
import contextlib
import functools
import operator


@contextlib.contextmanager
def cm(tag):
    print("enter", tag)
    try:
        yield tag
    except KeyError as e:
        print("cm caught", repr(e))
    finally:
        print("exit", tag)


with cm("a") as x:
    print("body", x)
with cm("b"):
    raise KeyError("k")
with cm("c"):
    raise ValueError("v")
@contextlib.contextmanager
def noyield():
    if False:
        yield
with noyield():
    pass
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
with twice():
    pass
@contextlib.contextmanager
def stopper():
    yield
with stopper():
    raise StopIteration(3)
with contextlib.suppress(KeyError):
    {}["x"]
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        print("call", f.__name__)
        return f(*a, **k)
    return w
@deco
def gen(n):
    yield from range(n)
gen.__name__, gen.__qualname__, gen.__wrapped__.__name__
list(gen(3))
p = functools.partial(gen, 2)
list(p())
functools.reduce(operator.add, gen(5))
functools.reduce(operator.mul, (x for x in []), 1)
functools.reduce(operator.mul, (x for x in []))
sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1))
list(map(operator.attrgetter("real"), gen(2)))
operator.methodcaller("upper")("x")
