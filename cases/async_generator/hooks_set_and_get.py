# case: set_asyncgen_hooks with keywords only, positionally, with None to clear, and get_asyncgen_hooks' fields; hooks are per-thread state kept across statements.
# tags: async_generator
import sys

def a(g):
    pass

def b(g):
    pass

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(a)
sys.get_asyncgen_hooks().firstiter is a
sys.get_asyncgen_hooks().finalizer is old.finalizer
sys.set_asyncgen_hooks(finalizer=b)
h = sys.get_asyncgen_hooks()
h[0] is a, h[1] is b, len(h)
sys.set_asyncgen_hooks(firstiter=None)
sys.get_asyncgen_hooks().firstiter
sys.set_asyncgen_hooks(None, None)
tuple(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(*old)
