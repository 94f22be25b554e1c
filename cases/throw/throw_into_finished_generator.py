# case: throw() into a finished or closed generator just raises the exception in the caller;
#   the generator stays finished.
# tags: throw
def short():
    yield 1

g = short()
list(g)
g.throw(ValueError("into finished"))
g.throw(TypeError)
next(g)
c = short()
next(c)
c.close()
c.throw(KeyError("into closed"))
