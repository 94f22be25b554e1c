# case: After close(), next() and send() raise bare StopIteration and throw() re-raises what
#   was thrown; none of them resumes the body.
# tags: close send throw
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closing")

g = gen()
next(g)
g.close()
next(g)
g.send(None)
g.send("x")
g.throw(ValueError("after close"))
g.close()
