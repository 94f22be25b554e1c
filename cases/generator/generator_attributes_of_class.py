# case: Generator functions stored on a class: called through an instance or through the class
#   with an explicit self, and the instance reused by several generators at once.
# tags: generator
class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def cells(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)

    def row(self, y):
        for x in range(self.w):
            yield (x, y)

r = Range2D(2, 2)
list(r.cells())
list(Range2D.row(r, 1))
a = r.cells()
b = r.row(0)
next(a)
next(b)
r.w = 3
next(a)
next(b)
next(b)
