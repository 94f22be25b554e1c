# case: gi_frame is a frame while a generator can still run (fresh or suspended) and None once it
#   has finished, raised, or been closed.
# tags: introspection
def two():
    yield 1
    yield 2

def fails():
    yield 1
    raise ValueError

a = two()
a.gi_frame is None
next(a)
a.gi_frame is None
list(a)
a.gi_frame is None
b = fails()
next(b)
next(b)
b.gi_frame is None
c = two()
c.close()
c.gi_frame is None
d = two()
next(d)
d.close()
d.gi_frame
