# case: throw(StopIteration(value)) into a generator suspended in try/finally: the finally runs,
#   then RuntimeError comes out with the thrown instance, value intact, as its cause.
# tags: pep479 throw
def g():
    try:
        yield 1
    finally:
        print("finally runs")

gen = g()
next(gen)
try:
    gen.throw(StopIteration(42))
except RuntimeError as e:
    cause = e.__cause__
cause
cause.value
gen.gi_frame
