# case: The garbage of one collection is finalized in the order its objects were made
#   (the collector's list order), each once: instances with __del__ in a ring, and an object
#   with __del__ that holds generators of its own (its __del__ first, then the generators,
#   which still see it). A second collection finds nothing.
# tags: finalization, generator, versions
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
c = Node("c"); a = Node("a"); b = Node("b")
a.next = b; b.next = c; c.next = a
del a, b, c
gc.collect()
gc.collect()
class Owner:
    def __init__(self):
        self.second = self.loop("second")
        self.first = self.loop("first")
        self.me = self
    def loop(self, name):
        try:
            yield
        finally:
            print("closed", name, "owner", type(self).__name__)
    def __del__(self):
        print("Owner.__del__")
o = Owner()
next(o.first)
next(o.second)
del o
gc.collect()
