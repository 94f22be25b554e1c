# case: Hand-written send() forwarding to a sub-generator; its end raises StopIteration inside
#   the delegator, which PEP 479 turns into RuntimeError.
# tags: send pep479 seed
def subcoroutine():
    print("Subcoroutine")
    x = yield 1
    print("Recv: " + str(x))
    x = yield 2
    print("Recv: " + str(x))

def coroutine():
    _i = subcoroutine()
    _x = next(_i)
    while True:
        _s = yield _x

        if _s is None:
            _x = next(_i)
        else:
            _x = _i.send(_s)

x = coroutine()
next(x)
x.send(10)
x.send(20)
x.send(30)
y = coroutine()
next(y)
next(y)
next(y)
