# case: A container releasing a suspended coroutine (whose close() runs code at other lines)
#   and an unstarted one: the unstarted one warns at the line of the release, not where the
#   other one's finalizer stopped.
# tags: coroutine finalization close
import types

@types.coroutine
def sus(v):
    return (yield v)

async def g0(a):
    try:
        await sus(a)
    finally:
        print("g0 finally", a)
        await sus(-a)
        print("not reached")

async def h0(a):
    pass

def release(bag):
    bag.clear()
    print("released")

s0 = g0(9)
s2 = g0(1)
next(s2.__await__(), "default")
bag = {"s2": s2, "s0": s0}
del s2, s0
del bag
s3 = g0(3)
s3.send(None)
bag = [h0(4), s3, g0(5)]
del s3
release(bag)
