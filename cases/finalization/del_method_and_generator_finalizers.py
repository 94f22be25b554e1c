# case: __del__ of an instance runs when its last reference goes, in order with the finalizers
#   of the generators around it: an instance held by a suspended generator's frame is finalized
#   while that generator is closed, a generator held by an instance after the instance's
#   __del__; a failing __del__ is reported as unraisable with the __del__ function as object;
#   a resurrected instance keeps its identity and its __del__ runs only once.
# tags: finalization generator
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def holder(r):
    try:
        yield r.name
    finally:
        print("holder finally")

g = holder(Res("in-frame"))
next(g)
del g

def gen(name):
    try:
        yield name
    finally:
        print("gen finally", name)

class Owner:
    def __init__(self):
        self.g = gen("owned")
        next(self.g)
    def __del__(self):
        print("owner del, generator state:", self.g.gi_suspended if hasattr(self.g, "gi_suspended") else "?")

o = Owner()
del o

lst = [Res("a"), Res("b"), Res("c")]
del lst

class Bad:
    def __del__(self):
        raise ValueError("del failed")

b = Bad()
del b

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
pid = id(p)
del p
len(saved), id(saved[0]) == pid
saved.clear()
print("cleared")

def produce():
    for i in range(3):
        yield Res("item%d" % i)

for r in produce():
    print("got", r.name)
print("loop done")
r = None
last = Res("teardown")
