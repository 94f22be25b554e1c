# case: a class's __setattr__/__delattr__ run for every store and delete (also inside a
#   generator and through setattr()), object.__setattr__/__delattr__/__getattribute__ and
#   super().__setattr__ store around them, a subclass inherits them, and
#   super().__init_subclass__() reaches object's.
# tags: python generator
class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
    def __getattr__(self, name):
        return object.__getattribute__(self, "x") * 10
def gen(obj):
    for i in range(3):
        obj.last = i
        yield obj.last
l = Logged()
list(gen(l))
del l.last
try:
    del l.nothing
except AttributeError as e:
    print(e)
f = Frozen(4)
f.x, f.other
try:
    f.y = 1
except AttributeError as e:
    print(e)
try:
    list(gen(f))
except AttributeError as e:
    print(e)
setattr(l, "via", 1), getattr(l, "via")
class Sub(Logged):
    pass
s = Sub()
s.z = 2
class M:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        M.registry.append(cls.__name__)
class A(M): pass
class B(A): pass
M.registry
