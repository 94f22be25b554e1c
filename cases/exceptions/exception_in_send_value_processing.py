# case: send() delivers a value that makes the generator fail: send() raises the exception, with
#   the generator's own handled exception as context where there is one.
# tags: exceptions send
def divider():
    total = 0
    while True:
        d = yield total
        try:
            total = 100 // d
        except ZeroDivisionError:
            raise ValueError("bad divisor %r" % d)

g = divider()
next(g)
g.send(5)
g.send(0)
h = divider()
next(h)
h.send("x")
