# case: finished coroutines, their __await__ wrappers, async generators and their asend/athrow awaitables kept alive only by a reference cycle are freed at teardown without any warning or output.
# tags: coroutine async_generator finalization
async def coro():
    return 1

c = coro()
w = c.__await__()
next(w, "finished")

async def agen():
    yield 1

g = agen()
s = g.asend(None)
s.send(None)
t = g.athrow(ValueError)
t.send(None)

keep = [c, w, g, s, t]
keep.append(keep)
del c, w, g, s, t, keep
"end of module"
