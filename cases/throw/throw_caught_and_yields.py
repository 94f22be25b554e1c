# case: A thrown exception caught inside the generator: the generator goes on to its next
#   yield, and that value is what throw() returns.
# tags: throw
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ArithmeticError as e:
            print("recovering from", type(e).__name__)
            n = -1
        n += 1

r = resilient()
next(r)
next(r)
r.throw(ZeroDivisionError)
next(r)
r.throw(OverflowError("big"))
r.throw(KeyError("not arithmetic"))
next(r)
