# case: With a subiterator class that has send(), the delegator calls __next__ for send(None)
#   and sub.send(v) for any other value; the StopIteration value of either ends the delegation.
# tags: yield_from send iterator
class Echo:
    def __init__(self):
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        print("Echo.__next__")
        return self.step(None)
    def send(self, value):
        print("Echo.send", repr(value))
        return self.step(value)
    def step(self, value):
        self.count += 1
        if value == "stop":
            raise StopIteration(self.count)
        return ("echo", value)

def delegator():
    result = yield from Echo()
    print("delegation result", result)
    yield "after"

g = delegator()
next(g)
g.send(None)
g.send(3)
g.send("stop")
next(g)
