# case: throw() with user exception classes: a class is called with no arguments (its
#   __init__ defaults apply), throw(Class, value) passes the value, and a subclass is caught by
#   a handler for its base class.
# tags: throw
class Base(Exception):
    pass

class Detailed(Base):
    def __init__(self, code=0):
        super().__init__(code)
        self.code = code

def handler():
    while True:
        try:
            yield
        except Base as e:
            print(type(e).__name__, "code" if hasattr(e, "code") else "no code", e.args)

h = handler()
next(h)
h.throw(Detailed)
h.throw(Detailed(7))
h.throw(Base("plain"))
