# case: throw() called on the awaitables that athrow() and aclose() return: the exception enters the async generator at its yield; in aclose() mode GeneratorExit and StopAsyncIteration become StopIteration, a yield is 'ignored GeneratorExit', and a finished awaitable cannot be reused.
# tags: async_generator throw close errors
async def catches(kind):
    try:
        yield 1
    except kind as e:
        print("caught", repr(e))
        yield 2
    yield 3

g = catches(KeyError)
g.asend(None).send(None)
t = g.athrow(ValueError)
t.throw(KeyError("thrown into athrow"))
t.throw(KeyError("again"))
g.asend(None).send(None)

a = catches(KeyError)
a.asend(None).send(None)
c = a.aclose()
c.throw(KeyError("into aclose"))
c.throw(KeyError("reuse"))
c.send(None)

b = catches(KeyError)
b.asend(None).send(None)
c = b.aclose()
c.throw(IndexError("not caught"))
b.ag_running
c.send(None)

async def raises_stop_async():
    try:
        yield 1
    except KeyError:
        raise StopAsyncIteration

d = raises_stop_async()
d.asend(None).send(None)
c = d.aclose()
c.throw(KeyError)

e = catches(KeyError)
e.asend(None).send(None)
c = e.aclose()
c.throw(GeneratorExit)
c.throw(ValueError)

f = catches(ZeroDivisionError)
f.asend(None).send(None)
t = f.athrow(ZeroDivisionError)
t.send(None)
t.close()
t.send(None)
