# case: throw() into a generator suspended inside an `except KeyError` block: the new exception
#   gets the generator's KeyError as __context__ (3.6-3.8 gave it no context).
# tags: exceptions throw versions
def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "suspended in except"

g = handler()
next(g)
g.throw(TypeError("thrown"))
h = handler()
next(h)
try:
    h.throw(TypeError)
except TypeError as e:
    print("context:", repr(e.__context__))
