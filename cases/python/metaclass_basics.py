# case: metaclasses around generators: a subclass of type whose __new__/__init__ run for each
#   class statement (and for type(name, bases, ns) calls), metaclass methods reached from the
#   class, super() inside the metaclass, a singleton __call__, __instancecheck__ and
#   __subclasscheck__ hooks, inheritance of the metaclass and the metaclass conflict error.
# tags: python generator errors
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        gens = sorted(k for k, v in ns.items() if getattr(v, "__code__", None) and v.__code__.co_flags & 0x20)
        print("new", mcls.__name__, name, [b.__name__ for b in bases], gens)
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(cls)
        return cls

    def __init__(cls, name, bases, ns):
        print("init", name)
        super().__init__(name, bases, ns)

    def walk(cls):
        for c in cls.__mro__:
            yield c.__name__

    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "run")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "run")


class Task(metaclass=Registry):
    def run(self):
        yield "task"


class Sub(Task):
    def more(self):
        yield from self.run()
        yield "sub"


type(Task), type(Sub), Registry.classes
list(Sub.walk()), list(Sub().more())
isinstance(Sub(), Task), isinstance(Task(), Task), isinstance(3, Sub)
issubclass(int, Task), issubclass(Sub, Task)
Dyn = Registry("Dyn", (Sub,), {"x": 1})
Dyn.x, type(Dyn).__name__, list(Dyn.walk())
try:
    Sub.nothing
except AttributeError as e:
    print(e)


class Once(type):
    def __call__(cls, *args):
        if "_inst" not in cls.__dict__:
            print("making", cls.__name__, args)
            cls._inst = super().__call__(*args)
        return cls._inst


class Config(metaclass=Once):
    def __init__(self, n):
        self.n = n

    def values(self):
        yield from range(self.n)


Config(2) is Config(5), list(Config(9).values())


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Both(Task, O):
        pass
except TypeError as e:
    print(e)
type("Plain", (), {}), type(type("P", (Task,), {}))
