# case: A generator that raises another exception while handling the GeneratorExit of close()
#   makes close() raise it, with the GeneratorExit as its __context__; the generator is done.
# tags: close exceptions
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")

g = gen()
next(g)
g.close()
next(g)
g.close()
h = gen()
next(h)
try:
    h.close()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
