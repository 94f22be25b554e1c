# case: send() into a finished generator raises a bare StopIteration whatever the value; the
#   just-started rule does not apply to a generator closed before it started.
# tags: send
def once():
    x = yield 1
    return x

g = once()
next(g)
g.send("result")
g.send("after end")
g.send(None)
fresh_closed = once()
fresh_closed.close()
fresh_closed.send("value")
exhausted = once()
list(exhausted)
exhausted.send(42)
