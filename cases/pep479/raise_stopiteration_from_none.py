# case: `raise StopIteration from None` or `from SomeError` inside a generator is still
#   converted; the RuntimeError's cause is the StopIteration, which keeps its own cause.
# tags: pep479 exceptions
def from_none():
    yield 1
    raise StopIteration("a") from None

def from_error():
    yield 1
    raise StopIteration("b") from KeyError("k")

try:
    list(from_none())
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__.__suppress_context__, e.__cause__.__cause__)
try:
    list(from_error())
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__cause__.__cause__))
g = from_error()
next(g)
next(g)
