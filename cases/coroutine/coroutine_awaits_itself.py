# case: A coroutine that awaits itself, one that awaits its caller, and a wrapper of itself: the errors CPython raises for each.
# tags: coroutine reentrancy errors
holder = {}

async def self_awaiting():
    await holder["me"]

async def callee():
    await holder["caller"]

async def caller():
    await callee()

async def via_wrapper():
    holder["w"] = holder["me"].__await__()
    return next(holder["w"])

for fn in [self_awaiting, caller, via_wrapper]:
    c = fn()
    holder["me"] = c
    holder["caller"] = c
    try:
        c.send(None)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
    print(fn.__name__, "frame kept", c.cr_frame is not None)
holder.clear()
