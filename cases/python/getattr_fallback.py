# case: __getattr__ is consulted after a failed lookup: by hasattr and getattr with a default,
#   and by yield from when it looks up send, throw and close on a proxy iterator.
# tags: python yield_from throw close
class Proxy:
    def __init__(self, gen):
        self._gen = gen

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __getattr__(self, name):
        print("getattr", name)
        if name in ("send", "throw", "close"):
            return getattr(self._gen, name)
        raise AttributeError(name)


def inner():
    try:
        x = yield 1
        print("inner got", x)
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield 3
    finally:
        print("inner finally")


def outer():
    r = yield from Proxy(inner())
    print("outer result", r)


g = outer()
next(g)
g.send("hello")
g.throw(KeyError("k"))
g.close()
p = Proxy(iter([]))
hasattr(p, "missing")
getattr(p, "other", "default")
p.anything
