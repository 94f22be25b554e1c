# case: The collector clears the weak references to the garbage before the finalizers run up
#   to 3.14 (a __del__ finds its partner's weakref dead), after them from 3.15; the weakref
#   objects themselves are counted.
# tags: finalization, versions
import gc
import weakref
class A:
    def __del__(self):
        print("__del__ sees partner dead:", self.partner_ref() is None)
a = A()
b = A()
a.partner = b
b.partner = a
a.partner_ref = weakref.ref(b)
b.partner_ref = weakref.ref(a)
watch = weakref.ref(a)
del a, b
watch() is None
gc.collect()
watch() is None
