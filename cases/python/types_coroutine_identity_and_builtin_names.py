# case: types.coroutine returns the generator function itself with its code marked iterable
#   (co_flags 0x100): its generators are awaitable, still generators, and an await of them
#   runs; a plain generator stays refused by await. Built-in functions' and methods'
#   __qualname__ and __module__ (what functools.wraps copies).
# tags: coroutine introspection python
import types, inspect
@types.coroutine
def f():
    x = yield 1
    return x
types.coroutine(f) is f
g = f()
g
inspect.isawaitable(g), inspect.isgenerator(g), inspect.iscoroutine(g)
f.__code__.co_flags & 0x100, inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f)
async def main():
    return await f()
c = main()
c.send(None)
try:
    c.send(5)
except StopIteration as e:
    print("stop", e.value)
def h():
    yield 2
types.coroutine(h) is h
async def k():
    return await h()
kk = k()
kk.send(None)
kk.close()
def plain():
    yield 3
async def bad():
    return await plain()
b = bad()
try:
    b.send(None)
except TypeError as e:
    print(e)
len.__module__, len.__qualname__, len.__name__
print.__module__
sorted.__qualname__
[].append.__qualname__, [].append.__module__
(1).bit_length.__qualname__, {}.keys.__qualname__
gg = h()
gg.send.__qualname__, gg.close.__module__
