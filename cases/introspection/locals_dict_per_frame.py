# case: locals() in a generator or function: before 3.13 one dict per frame, refreshed by
#   each call (and by gi_frame.f_locals), keeping keys the program added and values until the
#   next refresh; from 3.13 (PEP 667) a new snapshot each call.
# tags: generator, introspection, versions
def gen(a):
    d1 = locals()
    print(sorted(d1))
    b = 2
    d2 = locals()
    print(d1 is d2, sorted(d1))
    d1["extra"] = 1
    del a
    d3 = locals()
    print(sorted(d3), "a" in d3)
    yield d3
    c = 3
    yield locals()
g = gen(1)
x = next(g)
sorted(x)
y = next(g)
x is y, sorted(y)
fl = g.gi_frame.f_locals
sorted(fl), fl is y
fl["b"] = 100
next(g, None)
def f():
    v = 1
    l = locals()
    v = 2
    return l["v"], locals()["v"]
f()
def closure():
    outer = 1
    def inner():
        print(outer)
        return sorted(locals())
    return inner(), sorted(locals())
closure()
class Obj:
    def __del__(self):
        print("del Obj")
def holder():
    o = Obj()
    locals()
    del o
    print("after del o")
    yield
    print("resumed")
h = holder()
next(h)
next(h, None)
print("end")
