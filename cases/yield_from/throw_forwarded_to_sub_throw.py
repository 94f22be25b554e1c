# case: throw() through `yield from` is forwarded to the subiterator's throw method with the
#   arguments exactly as given; whatever it returns is yielded by the delegator.
# tags: yield_from throw
class Catcher:
    def __iter__(self):
        return self
    def __next__(self):
        return "next"
    def throw(self, *args):
        print("Catcher.throw got", len(args), "argument(s):", [type(a).__name__ for a in args])
        if isinstance(args[0], BaseException):
            print("  instance", repr(args[0]))
        return "from throw"

def delegator():
    value = yield from Catcher()
    return value

g = delegator()
next(g)
g.throw(ValueError)
g.throw(ValueError("v"))
g.throw(KeyError("k"))
next(g)
