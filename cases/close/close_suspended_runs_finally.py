# case: close() on a suspended generator raises GeneratorExit at its yield: the finally block
#   runs, close() returns None, and the generator is finished.
# tags: close
def gen():
    try:
        print("start")
        yield 1
        print("not reached")
        yield 2
    finally:
        print("finally on close")

g = gen()
next(g)
g.close()
g.gi_frame is None
next(g)
