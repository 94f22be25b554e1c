# case: math around generators: a prime generator bounded by isqrt, distances from a generator
#   of points, prod of a generator, sorting and max with math keys; the float functions' values
#   and their domain and range errors with each version's wording (3.14 words several after the
#   argument), the exact integer functions, __float__ and __floor__ of a class.
# tags: python, generator, versions
import math

def primes():
    n = 2
    while True:
        if all(n % d for d in range(2, math.isqrt(n) + 1)):
            yield n
        n += 1

import itertools
list(itertools.islice(primes(), 10))
def hyp(points):
    for x, y in points:
        yield math.sqrt(x * x + y * y)
[round(v, 3) for v in hyp([(3, 4), (1, 1), (5, 12)])]
math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan)
math.floor(2.5), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(True)
math.sqrt(2), math.sqrt(16), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e)
math.sin(math.pi / 2), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180)
math.gcd(12, 18), math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.prod(x for x in range(1, 6))
math.prod([]), math.prod([2.0, 3]), math.prod(range(1, 4), start=10)
math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9)
math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75), math.modf(-2.5)
math.pow(2, 10), math.pow(2, 0.5), math.isqrt(99), math.isqrt(10**20)
math.log(10**400), math.log10(10**400)
math.isfinite(1e308), math.isinf(1e308 * 10), math.exp(-1000)
bad_calls = [
    ("sqrt", -1), ("log", 0), ("log", -2), ("factorial", -1), ("isqrt", -1), ("floor", "a"),
    ("sqrt", "4"), ("comb", 3, -1), ("exp", 1000), ("acos", 2), ("log", 10, 1), ("fmod", 1, 0),
    ("gcd", 1.5, 2), ("pow", 0, -1), ("pow", -8, 1 / 3), ("pow", 10, 400), ("asin", 2),
    ("sin", math.inf), ("atanh", 1), ("acosh", 0), ("log1p", -2), ("cosh", 1000), ("tan", -math.inf),
]
for name, *args in bad_calls:
    bad = f"{name}{tuple(args)}"
    try:
        print(bad, getattr(math, name)(*args))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as err:
        print(bad, type(err).__name__, err)
class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __floor__(self): return "floored"
math.sqrt(Meters(9)), math.floor(Meters(1.5))
sorted([3.7, -1.2, 2.5], key=math.floor)
max(range(-5, 5), key=lambda v: math.sin(v))
