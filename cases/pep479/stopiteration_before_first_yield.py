# case: A generator whose body raises StopIteration before its first yield: the body's PEP 479
#   conversion applies on its first run too (RuntimeError from 3.7), whether it is started by
#   next(), list() or a for loop; throw(StopIteration) into a just-created generator is
#   converted up to 3.11 but raised unconverted from 3.12 (the body never starts).
# tags: pep479 generator throw versions
def early(x):
    raise StopIteration(x)
    yield

def guarded():
    try:
        raise StopIteration("inside")
    except StopIteration as e:
        print("caught inside", repr(e))
    yield "after"

next(early(1))
list(early(2))
for v in early(3):
    print("never", v)
next(guarded())
g = early(4)
g.throw(StopIteration("thrown"))
g
h = early(5)
h.throw(ValueError("v"))
