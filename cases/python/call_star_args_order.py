# case: the order in which a call's `*` and `**` arguments consume generators: a lone `*gen`
#   is made a tuple by the call itself, after the keyword arguments (CALL_FUNCTION_EX), while
#   `*` next to other positional arguments is consumed in place.
# tags: python generator genexp
def f(*a, **k):
    return a, k


def g1():
    print("g1 runs")
    yield 1


def g2():
    print("g2 runs")
    yield ("a", 1)


f(*g1(), **dict(g2()))
f(0, *g1(), **dict(g2()))
f(*g1(), *g1(), **dict(g2()))
f(*g1(), x=print("x evaluated"))
f(*(x for x in g1()), **{"b": print("kw evaluated")})
def bad():
    yield 1
    raise ValueError("bad")
f(*bad())
f(*g1(), **dict(bad()))
