# case: RustPython: a coroutine is accepted as an iterable by sorted() and *args
# tags: coroutine errors
def f(*args):
    return args
async def co():
    print("running")
c = co()
sorted(c)
f(*c)
c.close()
