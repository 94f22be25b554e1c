# case: An exception raised inside a generator reaches the caller and kills the generator.
# tags: generator exceptions seed
def f():
    return 1/0

def g():
    yield f()  # the zero division exception propagates
    yield 42   # and we'll never get here

k = g()
next(k)
next(k)
next(k)
