# case: throw(Type, value, None): a None traceback is accepted as if it were left out; the
#   exception is raised as usual (3.12+ add a DeprecationWarning).
# tags: throw versions
def gen():
    try:
        yield "waiting"
    except KeyError as e:
        print("caught", repr(e))
        yield "recovered"

g = gen()
next(g)
g.throw(KeyError, "key", None)
next(g)
h = gen()
next(h)
h.throw(TypeError, "not caught", None)
