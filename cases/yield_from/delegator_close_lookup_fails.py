# case: close() of a generator delegating with `yield from` to an iterator whose `close`
#   attribute lookup raises something other than AttributeError: the error is reported as
#   unraisable (object: the iterator) and the delegator is still closed with GeneratorExit.
# tags: yield_from close finalization
class BadClose:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def __getattr__(self, name):
        print("looking up", name)
        raise ValueError("no " + name + " today")

def delegator():
    try:
        yield from BadClose()
    finally:
        print("delegator finally")

d = delegator()
next(d)
next(d)
d.close()
d.gi_frame is None
next(d)
