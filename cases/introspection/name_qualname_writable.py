# case: A generator's __name__ and __qualname__ start as the function's and can be reassigned (only
#   to strings); repr() uses __qualname__, and the function keeps its own names.
# tags: introspection errors
class Box:
    def items(self):
        yield 1

g = Box().items()
g.__name__
g.__qualname__
g
g.__qualname__ = "Renamed.view"
g.__name__ = "view"
g
g.__name__
Box.items.__qualname__
g.__name__ = 5
g.__qualname__ = None
g.__qualname__
