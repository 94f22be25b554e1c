# case: A generator expression returned from a function keeps that function's locals alive
#   (a closure), and reads them when it runs, after the function has returned.
# tags: genexp
def multiples(base, count):
    step = base
    gen = (step * i for i in range(1, count + 1))
    step = base * 100
    return gen

list(multiples(3, 3))

def counters():
    n = 0
    def bump():
        nonlocal n
        n += 1
    gen = (n for _ in range(3))
    return gen, bump

gen, bump = counters()
next(gen)
bump()
next(gen)
bump()
bump()
next(gen)
