# case: The __await__ wrapper of a coroutine: iter() is itself, it is not a coroutine, and after the coroutine finishes send/throw/next give the reuse error while close stays silent.
# tags: coroutine introspection
async def coro():
    return "done"

c = coro()
w = c.__await__()
iter(w) is w
type(w).__name__
w.send(None)
w.send(None)
next(w)
w.throw(ValueError)
w.close()
c.__await__() is w
w2 = c.__await__()
w2 is w
del w, w2
c2 = coro()
next(c2.__await__())
c2.cr_frame
