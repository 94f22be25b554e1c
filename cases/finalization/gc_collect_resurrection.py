# case: A __del__ that stores its object resurrects it: the collection runs the finalizer
#   but does not free (or count) what became reachable again; the finalizer never runs a
#   second time, and a later collection frees the object without calling it.
# tags: finalization, versions
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ of", self.name)
        saved.append(self)
p = Phoenix()
p.name = "p"
p.me = p
del p
gc.collect()
len(saved)
saved[0].name
saved.clear()
gc.collect()
len(saved)
