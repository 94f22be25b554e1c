# case: Without send(), a yield expression evaluates to None: a bare `yield` produces None,
#   and using the received value in arithmetic fails inside the generator.
# tags: generator send
def show():
    got = yield
    print("got", got)
    got = yield "x"
    print("got", got)

g = show()
next(g)
next(g)
next(g)

def adds():
    total = (yield 1) + 1
    yield total

h = adds()
next(h)
next(h)
