# case: A generator never started, in a cycle with the object it got as argument: the
#   collector's finalizer closes it, which releases its frame and the cycle (nothing left to
#   count), except on 3.12 and 3.13, whose close() of a just-created generator only marks it
#   finished and keeps the frame.
# tags: finalization, close, versions
import gc
def gen(box):
    print("body runs")
    yield 1
class Box:
    pass
b = Box()
b.g = gen(b)
del b
gc.collect()
