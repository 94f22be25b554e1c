# case: property, classmethod and staticmethod around generators: a property that returns a
#   fresh generator, a setter and deleter, the errors of a missing setter, getter and deleter
#   (their messages changed in 3.10 and 3.11), a classmethod generator factory and a
#   staticmethod generator.
# tags: python generator versions
class Counter:
    def __init__(self, n):
        self._n = n

    @property
    def items(self):
        return (i * i for i in range(self._n))

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        print("set n", value)
        self._n = value

    @n.deleter
    def n(self):
        print("del n")
        self._n = 0

    hidden = property()

    @classmethod
    def upto(cls, k):
        for i in range(k):
            yield cls.__name__, i

    @staticmethod
    def evens(k):
        yield from range(0, k, 2)

c = Counter(3)
list(c.items)
c.n = 5
list(c.items)
del c.n
list(c.items)
c.items = 1
del c.items
c.hidden
c.hidden = 2
list(Counter.upto(2))
list(c.upto(2))
list(Counter.evens(5))
list(c.evens(5))
type(Counter.__dict__["items"]).__name__
Counter.items is Counter.__dict__["items"]
isinstance(Counter.__dict__["upto"], classmethod)
isinstance(Counter.__dict__["evens"], staticmethod)
Counter.__dict__["evens"].__func__ is Counter.evens
Counter.upto.__self__ is Counter
