# case: class keyword arguments (PEP 487): __init_subclass__ receiving them (a plain one, an
#   explicit classmethod, one on an ABC with a required keyword), and a metaclass's __new__
#   and __init__ receiving them before __init_subclass__ runs.
# tags: python generator errors
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        print("init_subclass", cls.__name__, name, sorted(kw))
        super().__init_subclass__()
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin, name="a"):
    def run(self):
        yield "a"
class B(A, name="b", extra=1):
    pass
class C(B):
    pass
sorted(Plugin.registry)
class D:
    @classmethod
    def __init_subclass__(cls, tag="x"):
        print("cm init_subclass", cls.__name__, tag)
class E(D, tag="e"): pass
class F(D): pass
import abc
class G(abc.ABC):
    def __init_subclass__(cls, flavor, **kw):
        print("G sub", cls.__name__, flavor)
        super().__init_subclass__(**kw)
class H(G, flavor="sweet"):
    pass
try:
    class I(G):
        pass
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)
class J(metaclass=Meta):
    def __init_subclass__(cls, k=0):
        print("J sub", cls.__name__, k)
class K(J, k=5):
    pass
list(A().run())
