# case: A user-defined exception class thrown into and raised out of a generator keeps its
#   attributes, args and __str__.
# tags: exceptions throw
class Rejected(Exception):
    def __init__(self, item, reason):
        Exception.__init__(self, item, reason)
        self.item = item
        self.reason = reason
    def __str__(self):
        return "%s rejected: %s" % (self.item, self.reason)

def checker():
    while True:
        item = yield
        if item < 0:
            raise Rejected(item, "negative")

g = checker()
next(g)
g.send(3)
try:
    g.send(-1)
except Rejected as e:
    print(str(e), e.args, e.item)
h = checker()
next(h)
h.throw(Rejected("x", "thrown in"))
