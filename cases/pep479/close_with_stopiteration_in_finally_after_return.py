# case: A generator whose `return` runs a `finally` that raises StopIteration: the StopIteration
#   replaces the return and is converted, so the last next() raises RuntimeError.
# tags: pep479 generator
def g():
    try:
        yield 1
        return "normal"
    finally:
        raise StopIteration("from finally")

gen = g()
next(gen)
next(gen)
def h():
    try:
        yield 1
        return "normal"
    finally:
        print("harmless finally")

hen = h()
next(hen)
next(hen)
