# case: A suspended generator looks its global names up again at every resume: a builtin shadowed by a global, the global deleted again, a global function replaced, all between two next() calls.
# tags: generator
def helper():
    return "first helper"

def g():
    while True:
        yield len([1, 2]), helper()

it = g()
next(it)
len = lambda x: "shadowed len"
next(it)
def helper():
    return "second helper"
next(it)
del len
next(it)
del helper
next(it)
next(it)
