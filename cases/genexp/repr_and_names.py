# case: A generator expression is a generator object named <genexpr>; inside a function its
#   qualified name carries the function's, and the repr shows that qualname.
# tags: genexp introspection
g = (x for x in [])
g
type(g).__name__
g.__name__
g.__qualname__
def outer():
    return (x for x in [])
h = outer()
h
h.__qualname__
class C:
    def method(self):
        return (x for x in [])
C().method().__qualname__
