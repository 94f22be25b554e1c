# case: gc.collect() in the middle of a case collects reference cycles and returns how many
#   objects CPython found unreachable: a list that holds itself, two instances that point at
#   each other (their __dict__s are objects of their own before 3.11), a dict, a closure's
#   function, cell and tuple, a bound method and a set hanging off a cycle; 0 when nothing is
#   garbage. Dicts and tuples holding only atoms are not tracked.
# tags: finalization, versions
import gc
gc.collect()
l = []
l.append(l)
del l
gc.collect()
class A:
    pass
a = A()
b = A()
a.partner = b
b.partner = a
a.n = 1
del a, b
gc.collect()
d = {"n": 1}
d["self"] = d
del d
gc.collect()
def outer():
    def inner():
        return inner
    return inner
f = outer()
del f
gc.collect()
class B:
    def m(self):
        pass
x = B()
x.cb = x.m
x.items = {1, 2}
x.plain = {"k": 1}
del x
gc.collect()
t = []
t.append((t, 1))
del t
gc.collect()
gc.collect()
