# case: gi_code is the code object of the generator function: same object as its __code__, with
#   co_name the function's name (genexps: "<genexpr>"), unaffected by renaming the generator.
# tags: introspection genexp
def producer():
    yield 1

g = producer()
g.gi_code is producer.__code__
g.gi_code.co_name
g.__name__ = "renamed"
g.gi_code.co_name
e = (x for x in "ab")
e.gi_code.co_name
type(g.gi_code).__name__
