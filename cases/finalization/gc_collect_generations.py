# case: Collections move what survives to an older generation: the teardown collects only
#   the youngest (`gc.collect(0)`), so a cycle that was alive at the case's last collection
#   is never finalized, while one made after it is. gc.collect(0) and (1) look at the young
#   generations only.
# tags: finalization, versions
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("del", self.name)
old = Noisy("old")
gc.collect()
del old
gc.collect(0)
gc.collect(1)
mid = Noisy("mid")
del mid
gc.collect(0)
young = Noisy("young")
l = []
l.append(l)
del l
gc.collect(generation=0)
