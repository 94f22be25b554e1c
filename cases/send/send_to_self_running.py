# case: A generator that calls send() on itself while running gets ValueError: generator
#   already executing; it can catch it and carry on.
# tags: send reentrancy errors
def selfish():
    while True:
        x = yield
        try:
            me.send(x)
        except ValueError as e:
            print("inside:", e)
        yield "after"

me = selfish()
next(me)
me.send(1)
me.gi_running
next(me)
