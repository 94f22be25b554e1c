# case: An exception raised in the innermost generator of a yield-from chain passes through
#   every level, running their finally clauses inside-out, and reaches the caller unchanged.
# tags: exceptions yield_from
def leaf():
    try:
        yield "leaf"
        raise LookupError("deep")
    finally:
        print("leaf finally")

def level(name, sub):
    try:
        yield from sub
    finally:
        print(name, "finally")

top = level("top", level("middle", leaf()))
next(top)
next(top)
next(top)
