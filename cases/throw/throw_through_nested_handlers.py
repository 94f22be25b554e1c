# case: A thrown exception unwinds through the generator's nested blocks like a raised one:
#   inner finally first, an inner except that does not match is skipped, an outer one catches.
# tags: throw
def layered():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("inner finally")
        except TypeError:
            print("not this one")
        finally:
            print("middle finally")
    except ValueError as e:
        print("outer caught", e)
        yield "after catch"
    yield "last"

g = layered()
next(g)
g.throw(ValueError("v"))
next(g)
next(g)
