# case: print writes each argument as it goes, so what precedes an argument whose str()
#   fails is already out; reversed() over dicts and their views (3.8+), __reversed__ = None
#   blocks the sequence fallback; __length_hint__ of sequence, range and reversed iterators.
# tags: python iterator
class Bad:
    def __str__(self):
        raise ValueError("no str")


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class NotRev(Seq):
    __reversed__ = None


print("a", "b", Bad(), "c")
print("a", Bad(), sep="--", end="!\n")
d = {"x": 1, "y": 2, "z": 3}
list(reversed(d))
list(reversed(d.keys()))
list(reversed(d.values()))
list(reversed(d.items()))
list(reversed(Seq()))
reversed(NotRev())
it = iter([1, 2, 3])
it.__length_hint__()
next(it)
it.__length_hint__()
list(it)
it.__length_hint__()
iter("héllo").__length_hint__()
iter(range(10)).__length_hint__()
r = reversed([1, 2, 3])
next(r)
r.__length_hint__()
r2 = reversed(Seq())
r2.__length_hint__()
def gen():
    yield from reversed({"k": 1, "j": 2})
list(gen())
