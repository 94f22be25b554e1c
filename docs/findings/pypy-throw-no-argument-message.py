# case: PyPy: the message of throw() called with no argument
# tags: throw errors
def gen():
    yield
g = gen()
g.throw()
