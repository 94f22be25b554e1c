# case: throw(ValueError) with only a class: the exception is instantiated with no arguments,
#   raised at the suspended yield, and, uncaught, propagates out of throw() and ends the
#   generator after its finally block ran.
# tags: throw
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

g = gen()
next(g)
g.throw(ValueError)
next(g)
g.gi_frame is None
