# case: A generator expression's first iterable: when iter()/aiter() of it runs (at the
#   genexp's creation, in every version), what the genexp's frame keeps as '.0' (its iterator
#   before 3.15, the iterable itself from 3.15), what a list display there becomes, and that
#   the later iterables are evaluated lazily.
# tags: genexp introspection versions
class Loud:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __iter__(self):
        print("iter of", self.name)
        return iter(self.items)

g = (x * 2 for x in Loud("first", [1, 2]))
print("genexp made")
type(g.gi_frame.f_locals[".0"]).__name__
next(g)
sorted(g.gi_frame.f_locals)
list(g)
g.gi_frame

try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
"bad" in globals()

nested = (x + y for x in Loud("outer", [10, 20]) for y in Loud("inner", [1]))
print("nested made")
type(nested.gi_frame.f_locals[".0"]).__name__
list(nested)

for made in [(c for c in [1, 2]), (c for c in (1, 2)), (c for c in {3}), (c for c in "ab"), (c for c in range(2))]:
    print(type(made.gi_frame.f_locals[".0"]).__name__, list(made))

def closes_unstarted():
    h = (x for x in Loud("closed", [1]))
    h.close()
    return h.gi_frame

closes_unstarted()

class ALoud:
    def __aiter__(self):
        print("aiter of ALoud")
        return self
    async def __anext__(self):
        raise StopAsyncIteration

a = (x async for x in ALoud())
print("async genexp made")
type(a.ag_frame.f_locals[".0"]).__name__
try:
    a2 = (x async for x in [1, 2])
except TypeError as e:
    print("TypeError at creation:", e)
del a
