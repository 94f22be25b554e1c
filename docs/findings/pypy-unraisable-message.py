# case: PyPy: the unraisable report of a generator that ignores GeneratorExit at finalization.
# tags: finalization
def g():
    try:
        yield 1
    finally:
        yield 2
s = g()
next(s)
del s
