# case: sys.set_coroutine_origin_tracking_depth: cr_origin holds (file, line, function) of the frames that created a coroutine, innermost first, at most depth of them; 0 turns it off, a negative depth is a ValueError; a never-awaited coroutine's warning then says where it was created.
# tags: coroutine introspection errors
import sys

async def coro():
    return 1

def make():
    return coro()

def outer():
    return make()

sys.get_coroutine_origin_tracking_depth()
c = make()
c.cr_origin
c.close()

sys.set_coroutine_origin_tracking_depth(1)
sys.get_coroutine_origin_tracking_depth()
c = outer()
[(line, name) for _, line, name in c.cr_origin]
c.close()

sys.set_coroutine_origin_tracking_depth(3)
c = outer()
[(line, name) for _, line, name in c.cr_origin]
c.cr_origin[0][0] == c.cr_code.co_filename
c.close()

sys.set_coroutine_origin_tracking_depth(2)

def gen():
    yield coro()
    yield make()

g = gen()
c = next(g)
[(line, name) for _, line, name in c.cr_origin]
c.close()
c = next(g)
[(line, name) for _, line, name in c.cr_origin]
c.close()

sys.set_coroutine_origin_tracking_depth(3)

async def parent():
    inner = coro()
    where = [(line, name) for _, line, name in inner.cr_origin]
    await inner
    return where

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

run(parent())

sys.set_coroutine_origin_tracking_depth(-1)
sys.set_coroutine_origin_tracking_depth("2")
sys.get_coroutine_origin_tracking_depth()

d = outer()
del d

sys.set_coroutine_origin_tracking_depth(0)
e = make()
e.cr_origin
e.close()
