# case: In a chain of delegators the middle one catches an exception from below and carries on
#   yielding its own values; the caller never sees the exception.
# tags: exceptions yield_from
def leaf():
    yield 1
    raise ValueError("leaf failed")

def middle():
    try:
        yield from leaf()
    except ValueError as e:
        print("middle caught", repr(e))
        yield "middle fallback"
    return "middle done"

def top():
    result = yield from middle()
    yield result

list(top())
