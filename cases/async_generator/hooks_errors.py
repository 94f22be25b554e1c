# case: set_asyncgen_hooks rejects non-callables (checking the finalizer first); get_asyncgen_hooks returns a struct sequence.
# tags: async_generator errors
import types

import sys

sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=5)
sys.set_asyncgen_hooks(finalizer="x")
sys.set_asyncgen_hooks(firstiter=1, finalizer=2)
sys.get_asyncgen_hooks()
def hook(g):
    pass

sys.set_asyncgen_hooks(firstiter=hook)
h = sys.get_asyncgen_hooks()
print(h.firstiter is hook, h[0] is hook, h.finalizer, h[1])
sys.set_asyncgen_hooks(firstiter=None)
sys.get_asyncgen_hooks()
