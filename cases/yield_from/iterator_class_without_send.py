# case: A subiterator class without send(): next() and send(None) work, send(value) raises
#   AttributeError in the delegator, naming the class.
# tags: yield_from send errors
class Numbers:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i

def delegator():
    try:
        yield from Numbers()
    except AttributeError as e:
        print("delegator sees:", e)
        raise

g = delegator()
next(g)
g.send(None)
g.send("value")
next(g)
