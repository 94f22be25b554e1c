# case: A seeded random.Random gives CPython's numbers (Mersenne Twister seeded from an int,
#   random(), getrandbits, randrange, randint, choice, shuffle, and their errors), here feeding
#   a generator pipeline as CPython's own doctests do.
# tags: patterns errors
import random
r = random.Random(42)
[r.random() for _ in range(3)]
[r.getrandbits(k) for k in (1, 5, 32, 33, 64, 100)]
[r.randrange(10) for _ in range(10)]
[r.randint(1, 6) for _ in range(10)]
r.randrange(0, 100, 7), r.randrange(100, 0, -3)
r.choice("abcdef"), r.choice([1, 2, 3])
x = list(range(10)); r.shuffle(x); x
r.seed(2**100 + 12345); r.random()
r.seed(0); r.random()
r.seed(-7); r.random()
r2 = random.Random(42)
r2.random()
r.choice([])
r.randrange(0)
r.randrange(5, 5)
r.randrange(5, 5, 2)
r.randrange(5, 6, 0)
r.getrandbits(0)
type(r), type(r).__name__, type(r).__module__
random.seed(1); random.random(), random.randint(1, 100)

def rolls(rng, n):
    for _ in range(n):
        yield rng.randint(1, 6)

def pairs(it):
    for a in it:
        b = next(it, None)
        if b is None:
            return "odd"
        yield a, b

g = pairs(rolls(random.Random(2024), 7))
list(g)
