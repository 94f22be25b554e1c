# case: send(None) is next(): on a fresh generator it starts it, on a suspended one the yield
#   expression evaluates to None; the two can be mixed freely.
# tags: send
def log():
    while True:
        x = yield
        print("got", x)

g = log()
g.send(None)
g.send(None)
next(g)
g.send(0)
next(g)
h = log()
next(h)
h.send(None)
