# case: close() takes no arguments: passing one is a TypeError (named generator.close() from
#   3.9), raised before the generator is touched.
# tags: errors close versions
def gen():
    try:
        yield 1
    finally:
        print("finally")

g = gen()
next(g)
g.close(ValueError)
g.close(None)
next(g)
g.close()
