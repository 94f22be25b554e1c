# case: send() needs exactly one argument: generator.send() with 0 or 2 arguments is a
#   TypeError naming the method (no "generator." prefix before 3.9), and the generator is not
#   affected.
# tags: errors send versions
def gen():
    x = yield 1
    yield x

g = gen()
g.send()
g.send(None, None)
next(g)
g.send()
g.send("fine")
