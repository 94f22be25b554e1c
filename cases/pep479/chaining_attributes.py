# case: The RuntimeError of PEP 479 keeps the original StopIteration (value included) as both
#   __cause__ and __context__, with __suppress_context__ True.
# tags: pep479 exceptions
def early():
    yield 1
    raise StopIteration("the value")

try:
    for x in early():
        print("got", x)
except RuntimeError as e:
    err = e
err
err.__cause__
err.__cause__ is err.__context__
err.__suppress_context__
err.__cause__.value
err.__cause__.args
type(err.__cause__.__context__)
