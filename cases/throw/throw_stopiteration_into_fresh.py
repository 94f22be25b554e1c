# case: throw(StopIteration) into a suspended generator is turned into RuntimeError (PEP 479);
#   into a fresh one it was converted too up to 3.11, but from 3.12 the StopIteration is
#   raised as is.
# tags: throw pep479 versions
def gen():
    yield 1

s = gen()
next(s)
s.throw(StopIteration("suspended"))
f = gen()
f.throw(StopIteration("fresh"))
next(f)
