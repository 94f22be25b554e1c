# case: An exception raised by the subiterator's close() propagates out of the delegator's
#   close(); when the subiterator is a generator, its finally's exception does too.
# tags: yield_from close
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise OSError("close failed")

def bad_gen():
    try:
        yield 2
    finally:
        raise ValueError("generator cleanup failed")

def delegator(sub):
    try:
        yield from sub
    finally:
        print("delegator finally")

g = delegator(BadClose())
next(g)
g.close()
next(g)
h = delegator(bad_gen())
next(h)
h.close()
next(h)
