# case: The coroutine wrapper's send() with a non-None value first, throw() before start, and next() after close; its type cannot be instantiated.
# tags: coroutine errors
async def coro():
    return 1

c = coro()
w = c.__await__()
w.send(5)
w.throw(KeyError("before start"))
c.cr_frame
w.send(None)
c2 = coro()
w2 = c2.__await__()
c2.close()
next(w2)
try:
    type(w2)()
except TypeError as e:
    print(e)
