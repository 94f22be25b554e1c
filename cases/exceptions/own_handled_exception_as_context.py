# case: Inside a generator, an exception raised while handling another gets it as __context__,
#   even when the handler yielded in between, and chains several levels deep.
# tags: exceptions generator
def chain():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in first handler"
        try:
            raise ValueError("second")
        except ValueError:
            yield "in second handler"
            raise TypeError("third")

g = chain()
next(g)
next(g)
try:
    next(g)
except TypeError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)
