# case: When the never-awaited warning comes: an expression statement's coroutine at once, a list of coroutines in list order, a coroutine passed to a function and dropped there, one inside an exception's traceback.
# tags: coroutine finalization
async def a():
    pass

async def b():
    pass

def consume(c):
    print("consuming", type(c).__name__)

a()
print("after expression statement")
coros = [a(), b(), a()]
del coros
consume(b())
print("after call")
x = a()
x = b()
x = None
def keep():
    c = a()
    raise ValueError("with a coroutine in the frame")
try:
    keep()
except ValueError as e:
    print("caught", e)
print("after except")
