# case: Infinite generators of Fibonacci numbers and primes (an incremental sieve keeping a dict
#   of upcoming composites), cut off by hand-written take / take-while helpers; take() past the
#   end of a short input runs into PEP 479.
# tags: patterns
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        yield next(it)

def take_while(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x

list(take(12, fibonacci()))
list(take_while(lambda x: x < 100, primes()))
list(take(5, (p for p in primes() if p % 10 == 3)))
sum(take_while(lambda f: f < 4000000, (f for f in fibonacci() if f % 2 == 0)))
list(take(3, [1]))
