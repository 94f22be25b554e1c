# case: Which check comes first: throw() with a bad exception into a finished coroutine (3.15:
#   "cannot reuse already awaited coroutine" before the exception is looked at; before, the
#   TypeError), into a fresh one and into a finished generator; athrow() with a wrong argument
#   count against the firstiter hook and the three-argument DeprecationWarning.
# tags: coroutine async_generator errors versions
import sys

def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

async def co():
    return 1

c = co()
show("send", lambda: c.send(None))
show("throw(1) finished", lambda: c.throw(1))
show("throw(ValueError) finished", lambda: c.throw(ValueError))
show("throw(ValueError('x'), 2) finished", lambda: c.throw(ValueError("x"), 2))
show("close finished", lambda: c.close())
fresh = co()
show("throw(1) fresh", lambda: fresh.throw(1))
show("throw(1) after", lambda: fresh.throw(1))

def gen():
    yield 1

g = gen()
list(g)
show("generator throw(1) finished", lambda: g.throw(1))

sys.set_asyncgen_hooks(lambda ag: print("firstiter", ag.__name__), lambda ag: print("finalizer"))

async def ag():
    yield 1

a = ag()
show("athrow()", lambda: type(a.athrow()).__name__)
b = ag()
show("athrow(4 args)", lambda: type(b.athrow(ValueError, 1, 2, 3)).__name__)
sys.set_asyncgen_hooks(None, None)
