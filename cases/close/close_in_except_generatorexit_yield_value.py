# case: Catching GeneratorExit and yielding a value makes close() raise RuntimeError; the value
#   yielded is lost, and the next next() resumes after that yield.
# tags: close
def gen():
    try:
        yield "first"
    except GeneratorExit:
        print("caught, yielding anyway")
        yield "lost value"
    print("resumed after the ignored close")
    yield "last"

g = gen()
next(g)
g.close()
next(g)
next(g)
