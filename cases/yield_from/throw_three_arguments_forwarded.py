# case: The old throw(type, value) signature through `yield from` reaches the subiterator's
#   throw with both arguments; from 3.12 the outer call also warns that it is deprecated.
# tags: yield_from throw versions
class Catcher:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("sub throw args:", [type(a).__name__ for a in args])
        return "handled"

def delegator():
    yield from Catcher()

g = delegator()
next(g)
g.throw(ValueError, "v")
g.throw(ValueError, ValueError("w"))
g.throw(ValueError)
