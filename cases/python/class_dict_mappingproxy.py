# case: a class's __dict__ is a live, read-only mappingproxy: its order (namespace, slot
#   members, the __dict__/__weakref__ getsets, then __doc__ and __hash__), repr and str, the
#   dict methods it offers and the TypeErrors of changing it. 3.13 adds __firstlineno__ and
#   __static_attributes__ to every class namespace, which the engine does not record.
# tags: python errors generator
# python: <3.13
class Stream:
    """Numbers, lazily."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        yield from range(self.n)


class Keyed:
    def __eq__(self, other):
        return True


class Slotted(Keyed):
    __slots__ = ("b", "a")


class Error(Exception):
    pass


list(Stream.__dict__)
list(Keyed.__dict__)
list(Slotted.__dict__)
list(Error.__dict__)
proxy = Stream.__dict__
type(proxy).__name__
proxy
str(Slotted.__dict__)
Stream.extra = 42
proxy["extra"], "extra" in proxy, len(proxy)
del Stream.extra
proxy.get("extra", "gone")
proxy["__iter__"]
list(proxy["__iter__"](Stream(3)))
proxy["missing"]
proxy[[]]
proxy["x"] = 1
del proxy["__init__"]
proxy.pop("__init__")
proxy == dict(proxy), proxy.copy() == dict(proxy)
sorted(proxy.keys())[:3]
[k for k, v in proxy.items() if callable(v)]
hash(proxy)
isinstance(proxy, dict)
sorted(Stream.__dict__)
list(reversed(Stream.__dict__))
Stream.__dict__ | {"z": 1}
