# case: a class that defines __eq__ without __hash__ is unhashable: set() and dict() over a
#   generator of its instances fail at the first one; __hash__ is None on the class.
# tags: python generator errors
class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x


def points():
    for i in range(3):
        print("make", i)
        yield Point(i)


Point.__hash__ is None
g = points()
set(g)
list(g)
Point(1) == Point(1)
Point(1) in [Point(0), Point(1)]
{p.x for p in points()}
