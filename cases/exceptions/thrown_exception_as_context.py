# case: An exception thrown in with throw() and handled in the generator becomes the __context__
#   of an exception the handler raises.
# tags: exceptions throw
def g():
    try:
        yield 1
    except KeyError:
        raise ValueError("handler failed")

gen = g()
next(gen)
try:
    gen.throw(KeyError("thrown"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
