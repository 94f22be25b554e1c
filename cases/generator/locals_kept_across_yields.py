# case: Arguments and local variables survive every suspension: a generator keeps its running
#   state, and two generators from one function keep separate states.
# tags: generator
def running(prefix, limit):
    total = 0
    seen = []
    for i in range(limit):
        total += i
        seen.append(i)
        yield "%s %d %r" % (prefix, total, seen)
    yield "final " + prefix + " " + str(len(seen))

a = running("A", 3)
b = running("B", 2)
next(a)
next(b)
next(a)
next(b)
next(a)
next(b)
next(a)
next(a)
