# case: Catching GeneratorExit and returning (or returning from `finally`) is a clean exit:
#   dropping such generators reports nothing.
# tags: finalization close
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite: caught GeneratorExit, returning")
        return "ignored value"

def finally_returns():
    try:
        yield 1
    finally:
        print("finally_returns: returning from finally")
        return 5

g = polite()
next(g)
del g
h = finally_returns()
next(h)
del h
print("no reports above")
