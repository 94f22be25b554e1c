# case: Inside generators, a comparison that feeds an `if` gives a non-bool (whose truth
#   is decided, or fails, afterwards), and a pair of local loads meets an unbound local in
#   either position: the traceback lines, exceptions and values are CPython's (the engine
#   runs such instruction pairs as one and must fall back to them one by one).
# tags: patterns generator exceptions
class Verdict:
    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        if self.truth is None:
            raise ValueError("no verdict")
        return self.truth


class Judge:
    def __init__(self, truth):
        self.truth = truth

    def __eq__(self, other):
        return Verdict(self.truth)

    def __lt__(self, other):
        return self.truth


def sieve(judges):
    for j in judges:
        if j == 0:
            yield "eq", j.truth
        else:
            yield "ne", j.truth
        if j < 0:
            yield "lt", j.truth


def lines(gen, steps):
    got = []
    try:
        for _ in range(steps):
            got.append(next(gen))
    except Exception as e:
        tb = e.__traceback__
        at = []
        while tb is not None:
            at.append(tb.tb_lineno)
            tb = tb.tb_next
        return got, type(e).__name__, at
    return got


def split_sieve(judges):
    for j in judges:
        if (j
                ==
                0):
            yield "eq"
        while (j
               < 0):
            yield "lt"
            break


g = sieve([Judge(True), Judge(False), Judge(None)])
list(g)
g = sieve([Judge(False), Judge(1), Judge(0), Judge(None)])
next(g)
next(g)
next(g)
next(g)
next(g)
lines(sieve([Judge(True), Judge(None)]), 5)
lines(sieve([Judge(True), Judge(2)]), 5)
lines(split_sieve([Judge(True), Judge(None)]), 5)
lines(split_sieve([Judge(False), Judge(3)]), 5)


def pairs(flag):
    if flag:
        a = 1
    else:
        b = 2
    yield a, a
    yield b, a


p = pairs(True)
next(p)
next(p)
p = pairs(False)
next(p)
next(p)
lines(pairs(True), 3)
lines(pairs(False), 3)


def counted(n):
    i = 0
    while i < n:
        if i is not None and i != 2:
            yield i, i
        i += 1
    return i


list(counted(5))
