# case: Forms of the yield expression with send(): `x = yield`, `yield a, b` (a tuple),
#   `(yield) + 1`, a yield as a call argument, and `yield -1` (a negative number, not a
#   subtraction).
# tags: send generator
def forms():
    x = yield
    print("x =", x)
    y = yield x, "pair"
    print("y =", y)
    z = (yield) + 1
    print("z =", z)
    print("arg:", (yield "for print"))
    w = yield -1
    print("w =", w)

f = forms()
next(f)
f.send(1)
f.send(2)
f.send(3)
f.send(4)
f.send(5)
