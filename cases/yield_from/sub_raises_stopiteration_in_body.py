# case: A subgenerator that raises StopIteration gets RuntimeError (PEP 479) and the delegator
#   sees RuntimeError at its `yield from`, not an end of delegation.
# tags: yield_from pep479
def sub():
    yield 1
    raise StopIteration("too early")

def delegator():
    try:
        result = yield from sub()
        print("never here", result)
    except RuntimeError as e:
        print("delegator caught", repr(e))
        print("cause", repr(e.__cause__))
        yield "recovered"

list(delegator())
