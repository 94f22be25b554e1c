# case: A generator that catches a thrown exception and yields makes throw() return the yielded
#   value; exceptions it does not catch come back out of throw().
# tags: exceptions throw
def resilient():
    count = 0
    while True:
        try:
            yield count
        except ArithmeticError as e:
            count += 1
            print("absorbed", type(e).__name__)

g = resilient()
next(g)
g.throw(ZeroDivisionError)
g.throw(OverflowError("big"))
g.throw(KeyError("not arithmetic"))
next(g)
