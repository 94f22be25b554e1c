# case: contextvars and generators/coroutines driven by hand: they have no context of their own (a set inside is seen by the caller, or by the Context whose run() resumed them); nested copies.
# tags: coroutine generator python
import contextvars
var = contextvars.ContextVar("var", default=0)
def gen():
    print("gen sees", var.get())
    var.set(1)
    yield var.get()
    print("gen resumed sees", var.get())
    var.set(2)
    yield var.get()
g = gen()
next(g)
var.get()
ctx = contextvars.copy_context()
ctx.run(next, g)
var.get(), ctx[var]
async def coro():
    var.set(10)
    return var.get()
c = coro()
try:
    ctx.run(c.send, None)
except StopIteration as e:
    print("stop", e.value)
ctx[var], var.get()
def nested():
    inner = contextvars.copy_context()
    var.set(99)
    return inner.run(var.get), var.get()
contextvars.Context().run(nested)
var.get()
t = var.set(7)
ctx2 = contextvars.copy_context()
ctx2.run(var.reset, t)
var.reset(t)
var.get()
t.old_value
