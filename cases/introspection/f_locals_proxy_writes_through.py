# case: gi_frame.f_locals: before 3.13 the frame's one dict (a write to it changes no
#   variable); from 3.13 (PEP 667) a FrameLocalsProxy that reads the variables each time and
#   writes through to them (fast locals, cells and arguments alike), also as
#   inspect.getgeneratorlocals gives it.
# tags: introspection, versions
def gen():
    x = 1
    yield
    yield x
g = gen(); next(g)
fl = g.gi_frame.f_locals
type(fl).__name__
fl
fl["x"] = 5
next(g)
g.gi_frame.f_locals is g.gi_frame.f_locals
fl2 = g.gi_frame.f_locals
fl2
len(fl2), "x" in fl2, list(fl2), fl2.get("x"), fl2.get("zz", 0), sorted(fl2.items()), fl2 == {"x": 5}
dict(fl2)
import inspect
inspect.getgeneratorlocals(g)
type(inspect.getgeneratorlocals(g)).__name__
def cellgen():
    v = 1
    def inner():
        return v
    yield inner
    yield inner()
cg = cellgen()
f = next(cg)
cg.gi_frame.f_locals["v"] = 42
next(cg)
def argsgen(a, b):
    yield a + b
ag = argsgen(1, 2)
ag.gi_frame.f_locals["a"] = 10
next(ag)
