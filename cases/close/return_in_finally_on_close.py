# case: A `return value` in a finally block swallows the GeneratorExit of close(): the
#   generator finishes, and from 3.13 on close() returns that value (None before).
# tags: close versions
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
        return "from finally"

g = gen()
next(g)
g.close()
list(gen())
