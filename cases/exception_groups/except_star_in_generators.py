# case: except* inside generators and coroutines: a group thrown into a suspended generator is split by its clauses, a clause can yield, GeneratorExit from close() passes through an except* that does not match it, and a coroutine handles part of a group.
# tags: exception_groups generator throw close coroutine
# python: >=3.11
def gen():
    try:
        yield 1
    except* ValueError as e:
        print("gen V", repr(e))
        yield "from clause"
    except* TypeError as e:
        print("gen T", repr(e))
    yield 2

g = gen()
next(g)
g.throw(ExceptionGroup("thrown", [ValueError(1), TypeError(2)]))
next(g)
next(g)

g = gen()
next(g)
g.throw(ExceptionGroup("part", [KeyError(3), ValueError(4)]))
next(g)

g = gen()
next(g)
g.throw(TypeError("naked"))

def closing():
    try:
        yield 1
    except* ValueError:
        print("never")
    finally:
        print("finally on close")

c = closing()
next(c)
c.close()

def catches_exit():
    try:
        yield 1
    except* GeneratorExit as e:
        print("exit", repr(e))

c = catches_exit()
next(c)
c.close()

async def coro():
    try:
        raise ExceptionGroup("in coro", [ValueError(1), OSError(2)])
    except* OSError as e:
        print("coro handled", repr(e))

cr = coro()
cr.send(None)
