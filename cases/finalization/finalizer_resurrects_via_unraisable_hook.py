# case: A generator whose finalizer fails is handed to the unraisable hook as its `object`; a
#   hook that keeps it resurrects the generator (its deallocation stops, PEP 442), and it is
#   finalized only once: dropping it again later runs no finally block a second time.
# tags: finalization close
import sys

kept = []

def keeping_hook(unraisable):
    kept.append(unraisable.object)
    print("hook:", unraisable.exc_type.__name__, unraisable.exc_value)

def fails_in_finally(label):
    try:
        yield label
    finally:
        print("finally of", label)
        raise ValueError("finally of " + label)

old_hook = sys.unraisablehook
sys.unraisablehook = keeping_hook
g = fails_in_finally("first")
next(g)
del g
len(kept)
type(kept[0]).__name__
kept[0].gi_frame is None
next(kept[0])
kept[0].close()
kept.clear()
sys.unraisablehook = old_hook
print("released once, no second finally")
