# case: an instance's __dict__ is its attribute storage, not a copy: what the program writes
#   through it (item assignment, update, clear, inside a generator and a __setattr__) is
#   an attribute, attribute stores show in it, vars() gives the same object; an exception's
#   __dict__ too; object() has none.
# tags: python generator
class C:
    def __init__(self):
        self.a = 1
c = C()
d = c.__dict__
c.b = 2
d
d["z"] = 3
c.z
del c.a
d
c.__dict__ is d, vars(c) is d
d.update(q=4); c.q
d.clear(); hasattr(c, "b")
c.w = 5; d
def gen(obj):
    for k in "xyz":
        obj.__dict__[k] = k * 2
        yield getattr(obj, k)
list(gen(c))
c.__dict__
class S:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __setattr__(self, k, v):
        self.__dict__[k] = v * 2
s = S(a=1)
s.b = 5
vars(s)
e = ValueError("x")
e.note = 1
e.__dict__
try: object().__dict__
except AttributeError as e: print(e)
