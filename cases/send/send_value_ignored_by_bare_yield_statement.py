# case: When the yield is a statement (its value unused), send()'s value is simply dropped,
#   and send(v) acts like next().
# tags: send generator
def plain():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = plain()
next(g)
g.send("lost")
g.send("lost too")
