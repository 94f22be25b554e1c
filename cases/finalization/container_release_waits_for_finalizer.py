# case: A container, instance or frame releasing several suspended generators releases them one
#   at a time, in its deallocator's order, and each finalizer (with everything it frees) runs
#   before the next value is released: a generator that another one's frame also holds is
#   finalized when the container lets go of it, after that other generator's finally. Lists and
#   tuples release from the last item, dicts and instance attributes from the first, a frame
#   its locals first to last.
# tags: finalization generator
def item(name):
    try:
        yield name
    finally:
        print("released", name)

def holder(name, held):
    try:
        yield
    finally:
        print("holder finally", name)

def started(g):
    next(g)
    return g

def trio(tag):
    a = started(item(tag + "a"))
    b = started(item(tag + "b"))
    h = started(holder(tag + "h", a))
    return a, b, h

a, b, h = trio("list-")
lst = [a, b, h]
del a, b, h
del lst

a, b, h = trio("list-rev-")
lst = [h, b, a]
del a, b, h
del lst

a, b, h = trio("tuple-")
tup = (a, b, h)
del a, b, h
del tup

a, b, h = trio("dict-")
d = {"h": h, "a": a, "b": b}
del a, b, h
del d

a, b, h = trio("keys-")
d = {h: 1, a: 2, b: 3}
del a, b, h
del d

class Box:
    pass

a, b, h = trio("attrs-")
box = Box()
box.h, box.a, box.b = h, a, b
del a, b, h
del box

def frame_locals():
    h2 = None
    a, b, h = trio("frame-")
    h2, h = h, None
    print("returning")

frame_locals()

def nested():
    a, b, h = trio("nested-")
    return [[h, b], (a,)]

x = nested()
del x
print("done")
