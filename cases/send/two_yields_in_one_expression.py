# case: Two yields in one expression are evaluated left to right, each suspending once; the
#   values sent to them are combined afterwards.
# tags: send generator
def pair():
    result = (yield "left") + (yield "right")
    yield "sum %r" % (result,)

p = pair()
next(p)
p.send(10)
p.send(5)
q = pair()
next(q)
q.send("a")
q.send("b")
