# case: A generator that catches GeneratorExit, does its cleanup and re-raises it closes
#   normally: close() returns None and nothing reaches the caller.
# tags: close exceptions
def gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__, e.args)
        raise

g = gen()
next(g)
g.close()
next(g)

def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("raising a new GeneratorExit")
        raise GeneratorExit("custom")

h = gen2()
next(h)
h.close()
