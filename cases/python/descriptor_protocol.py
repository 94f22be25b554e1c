# case: the descriptor protocol around generators: __set_name__ at class creation, a data
#   descriptor (__get__/__set__/__delete__) wins over the instance dict, a non-data descriptor
#   loses to it (an assignment goes to the instance dict), and __get__ on the class gets None for the instance.
# tags: python generator
class Logged:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        print("computing", self.func.__name__, obj is None)
        if obj is None:
            return self
        return list(self.func(obj))


class Source:
    limit = Logged()

    def __init__(self, limit):
        self.limit = limit

    def gen(self):
        for i in range(self.limit):
            yield i

    @Lazy
    def squares(self):
        for i in self.gen():
            yield i * i

s = Source(3)
s.limit
s.squares
s.squares
s.squares = "shadowed"
s.squares
"squares" in vars(s), "limit" in vars(s)
s.limit = 2
s.limit
del s.limit
s.limit
type(Source.squares).__name__
