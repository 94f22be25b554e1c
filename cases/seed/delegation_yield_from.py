# case: The same delegation written with yield from: sends reach the sub-generator directly.
# tags: yield_from send seed
def subcoroutine():
    print("Subcoroutine")
    x = yield 1
    print("Recv: " + str(x))
    x = yield 2
    print("Recv: " + str(x))

def coroutine():
    yield from subcoroutine()

x = coroutine()
next(x)
x.send(10)
x.send(20)
x.send(30)
list(coroutine())
