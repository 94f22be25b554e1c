# case: A generator that yields again while being finalized ignores the GeneratorExit: when it
#   is dropped this is reported as an unraisable RuntimeError, where close() would raise it.
# tags: finalization close
def stubborn():
    try:
        yield 1
    finally:
        print("finally yields")
        yield 2

g = stubborn()
next(g)
del g
print("after del")
h = stubborn()
next(h)
h.close()
del h
print("after second del")
