# case: The gc module while a case runs: the collector is disabled (gc.isenabled() is False),
#   enable()/disable() switch it, gc.garbage is empty, gc.collect() takes a generation 0-2
#   (ValueError otherwise) and returns 0 when there is no garbage.
# tags: finalization, errors
import gc
gc.isenabled()
gc.enable()
gc.isenabled()
gc.disable()
gc.isenabled()
gc.garbage
gc.collect()
gc.collect(0)
gc.collect(1)
gc.collect(generation=2)
gc.collect(3)
gc.collect(-1)
