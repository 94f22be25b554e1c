# case: A generator that catches errors raised in its own body keeps going: the except block
#   may yield, and the loop goes on with the next item.
# tags: generator
def safe_inverse(values):
    for v in values:
        try:
            result = 1 / v
        except ZeroDivisionError:
            yield "skip " + repr(v)
            continue
        except TypeError as e:
            yield "type error: %s" % e
            continue
        yield result

list(safe_inverse([1, 0, 4, "x", 0.5]))
g = safe_inverse([0, 2])
next(g)
next(g)
next(g)
