# case: Generators held only by a container that holds itself (or by a generator whose frame
#   holds it back) are finalized by the teardown's cyclic collection, oldest first; one that
#   was already finalized (it ignored GeneratorExit) or never started runs nothing there; a
#   finalizer that raises is reported as unraisable.
# tags: finalization, generator, close
def g(name):
    try:
        yield name
    finally:
        print("finalize", name)

def self_ref():
    it = g("in a self-referencing list")
    next(it)
    holder = [it]
    holder.append(holder)

self_ref()
print("after self_ref")
d = {"gen": g("in a dict cycle")}
next(d["gen"])
d["me"] = d

def loop_back():
    me = yield "first"
    try:
        yield "holding myself"
    finally:
        print("loop_back finally, holds", type(me).__name__)

lb = loop_back()
next(lb)
lb.send(lb)
never = g("never started")
cycle = [never]
cycle.append(cycle)

def raising():
    try:
        yield
    finally:
        raise ValueError("raised in finally at gc")

r = raising()
next(r)
box = [r]
box.append(box)
del r
print("end of statements")
