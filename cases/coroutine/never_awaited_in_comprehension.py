# case: Coroutines created in a list comprehension and discarded, in a generator that is closed, and as a default argument of a function that is deleted: each warns when its last reference goes.
# tags: coroutine finalization
async def c(n):
    return n

[c(i) for i in range(2)]
print("after comprehension")
def make():
    x = c(10)
    yield 1
    yield 2
g = make()
next(g)
g.close()
print("after close")
def with_default(arg=c(99)):
    return arg
del with_default
print("after function dropped")
