# case: functools.lru_cache over generator-driven computations: hits, misses and the LRU order
#   (bounded, unbounded, typed, bare decorator, a method through the descriptor), the
#   unhashable-argument error; total_ordering filling in comparisons from __lt__; cmp_to_key
#   sorting and taking min() of a generator.
# tags: python, generator, patterns
import functools
from functools import lru_cache, total_ordering, cmp_to_key

@lru_cache(maxsize=None)
def fib(n):
    print("compute", n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib(6)
fib.cache_info()
fib(4)
fib.cache_info()
fib.__name__, fib.__wrapped__.__name__
fib.cache_clear()
fib.cache_info()

@lru_cache(maxsize=2)
def sq(x):
    print("sq", x)
    return x * x

[sq(v) for v in (1, 2, 1, 3, 2, 1)]
sq.cache_info()

@lru_cache
def ident(x):
    return x
ident(1), ident(1.0), ident(True), ident.cache_info()

@lru_cache(typed=True)
def typed(x):
    print("typed", type(x).__name__)
    return x
typed(1), typed(1.0), typed(1), typed.cache_info()
try:
    sq([1])
except TypeError as e:
    print(e)
try:
    lru_cache("x")
except TypeError as e:
    print(e)

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

@lru_cache(maxsize=None)
def steps(n):
    return sum(1 for _ in collatz(n)) - 1

max(range(1, 30), key=steps), steps(27), steps.cache_info().currsize

class Walker:
    def __init__(self, base):
        self.base = base
    @lru_cache(maxsize=None)
    def path(self, n):
        print("path", n)
        return [self.base + i for i in range(n)]
w = Walker(10)
w.path(3), w.path(3)
Walker.path.cache_info()

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9")]
sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0")
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_len_then_alpha))
min((w for w in "one two three four".split()), key=cmp_to_key(by_len_then_alpha))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
