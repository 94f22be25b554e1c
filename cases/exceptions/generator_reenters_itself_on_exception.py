# case: A generator's `except` handler that tries to resume the same generator gets ValueError
#   (already executing), chained to the exception being handled.
# tags: exceptions reentrancy
def g():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            next(me)
        except ValueError as e:
            print(repr(e), "context:", repr(e.__context__))
    yield "done"

me = g()
next(me)
