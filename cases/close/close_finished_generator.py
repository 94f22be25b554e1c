# case: close() on a generator that already finished (exhausted, returned a value, or killed
#   by an exception) is a no-op returning None.
# tags: close
def returns():
    yield 1
    return "result"

def fails():
    yield 1
    raise KeyError("dead")

r = returns()
list(r)
r.close()
k = fails()
next(k)
next(k)
k.close()
k.close()
next(k)
