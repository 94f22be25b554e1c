# case: A sent value that breaks the generator's code makes send() raise that exception; the
#   generator is then finished.
# tags: send exceptions
def divider(n):
    while True:
        d = yield
        print(n, "/", d, "=", n / d)

g = divider(12)
next(g)
g.send(4)
g.send(0)
g.send(3)
h = divider(1)
next(h)
h.send("x")
