# case: itertools.tee over a generator: each tee reads the generator only when it is the first
#   to need a value, the others get it from the shared buffer; values are released block by
#   block (57 per block) once every tee has moved past them; re-entering a tee from inside the
#   generator it reads is a RuntimeError; tee of a tee copies it; argument errors.
# tags: iterator generator finalization errors
import itertools

class Noisy:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Noisy(%d)" % self.n

def source(n):
    try:
        for i in range(n):
            print("produce", i)
            yield i
    finally:
        print("source finally")

a, b = itertools.tee(source(3))
type(a).__name__, type(a).__module__
repr(a).split(" at ")[0]
next(a)
next(a)
next(b)
list(a)
list(b)
next(a, "done")
del a, b

def item(i):
    try:
        yield i
    finally:
        print("released", i)

def started(i):
    g = item(i)
    next(g)
    return g

def finalized(n):
    # Generators as values: each one's finally shows when the buffer lets it go. The frame
    # holds the last one too, so that one goes when the buffer drops it after this generator.
    for i in range(n):
        g = started(i)
        yield g

x, y = itertools.tee(finalized(60))
for _ in range(58):
    v = next(x)
del v
print("x moved past the first block")
for _ in range(57):
    w = next(y)
del w
print("y moved past the first block")
for _ in range(2):
    w = next(y)
del w
del x
print("x gone")
del y
print("y gone")

def reenter():
    yield 1
    yield next(t1)

t1, t2 = itertools.tee(reenter())
next(t1)
next(t1)
next(t2)
next(t2)

c, d = itertools.tee(iter([1, 2, 3]))
next(c)
e, f = itertools.tee(c, 2)
next(e), next(f), next(d)
itertools.tee([1, 2], 0)
[list(t) for t in itertools.tee("ab", 3)]
itertools.tee(5)
itertools.tee([1], -1)
itertools.tee([1], "2")
itertools.tee()
itertools.tee([1], 2, 3)
itertools.tee([1], n=2)
next(itertools.tee(iter(()))[0])
