# case: close() on a generator that never started returns None and finishes it without running
#   any of the body, not even its finally block.
# tags: close
def gen():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
g.gi_frame is None
next(g)
list(g)
g.close()
