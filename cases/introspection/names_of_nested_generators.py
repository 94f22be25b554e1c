# case: Generators from nested functions and methods get qualified names: `outer.<locals>.inner`,
#   `Class.method`, and generator expressions `<genexpr>` / `f.<locals>.<genexpr>`.
# tags: introspection genexp
def outer():
    def inner():
        yield 1
    return inner()

class Tree:
    def walk(self):
        yield self
    def leaves(self):
        return (x for x in [1])

def make_genexp():
    return (x for x in range(3))

g = outer()
g.__name__
g.__qualname__
g
t = Tree().walk()
t.__qualname__
t
l = Tree().leaves()
l.__name__
l.__qualname__
m = make_genexp()
m.__qualname__
m
top = (y for y in "ab")
top.__name__
top.__qualname__
top
