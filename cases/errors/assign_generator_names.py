# case: A generator's __name__ and __qualname__ can be assigned strings (the repr follows the
#   new qualname); non-strings and deletion are TypeErrors; other attributes cannot be added
#   (3.13 adds "and no __dict__ for setting new attributes" to that message).
# tags: errors introspection versions
def gen():
    yield 1

g = gen()
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
g.__name__
g
g.__name__ = 5
g.__qualname__ = None
del g.__name__
g.__name__
g.some_attribute = 1
