# case: A `finally` that raises while the generator is being finalized cannot raise into the
#   caller: the error goes to sys.unraisablehook, its context the GeneratorExit, and the
#   statement that dropped the generator carries on.
# tags: finalization
class CleanupError(Exception):
    pass

def fragile():
    try:
        yield "ready"
    finally:
        raise CleanupError("cleanup failed")

g = fragile()
next(g)
del g
print("still running")
h = fragile()
next(h)
h.close()
t = fragile()
next(t)
