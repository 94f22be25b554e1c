# case: a user __new__ runs before __init__ (which is skipped when __new__ returns an object
#   of another class), and __init_subclass__ of a base runs for each subclass, here to
#   register generator-producing classes.
# tags: python generator
registry = []


class Stage:
    def __init_subclass__(cls):
        print("register", cls.__name__)
        registry.append(cls)

    def run(self, items):
        for x in items:
            yield self.apply(x)


class Double(Stage):
    def apply(self, x):
        return 2 * x


class Inc(Stage):
    def apply(self, x):
        return x + 1


class Cached:
    _cache = {}

    def __new__(cls, key):
        print("new", key)
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, key):
        print("init", key)
        self.key = key


class Other:
    def __new__(cls):
        return [1, 2]

    def __init__(self):
        print("never")


[c.__name__ for c in registry]
def pipeline(items):
    for stage in registry:
        items = stage().run(items)
    return items
list(pipeline(range(4)))
a = Cached("a")
b = Cached("a")
a is b
Other()
