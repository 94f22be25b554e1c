# case: throw(Type, value): a non-exception value becomes the argument (a tuple is spread as
#   several arguments); an instance of Type (or a subclass) is used as is. From 3.12 every
#   multi-argument throw() also warns that the signature is deprecated.
# tags: throw versions
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(ValueError, "message")
g.throw(ValueError, ("a", 1))
g.throw(ValueError, None)
g.throw(LookupError, KeyError("sub"))
g.throw(ValueError, KeyError("other"))
