# case: private names (__x) in a class body and its methods are mangled to _Class__x: attribute
#   access, class-level names and methods, and a generator method using them.
# tags: python generator
class Counter:
    __step = 2

    def __init__(self):
        self.__count = 0

    def __bump(self):
        self.__count += self.__step
        return self.__count

    def run(self, n):
        for _ in range(n):
            yield self.__bump()


c = Counter()
list(c.run(3))
c._Counter__count
c.__count
sorted(k for k in vars(c))
Counter._Counter__step, hasattr(Counter, "__step"), hasattr(Counter, "_Counter__bump")


class _Hidden:
    def __init__(self):
        self.__v = 1


vars(_Hidden())


class Dunder:
    def __init__(self):
        self.__ok__ = 1


vars(Dunder())
