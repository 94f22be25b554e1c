# case: reversed() on lists, ranges, strings, a class with __reversed__ and a class with only
#   __len__/__getitem__; a generator is not reversible.
# tags: iterator
list(reversed([1, 2, 3]))
type(reversed([1])).__name__
list(reversed("abc"))
list(reversed((1, 2)))

class Custom:
    def __reversed__(self):
        print("__reversed__ called")
        return iter(["z", "y"])

list(reversed(Custom()))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        print("getitem", i)
        return i * 10

list(reversed(Seq()))

def gen():
    yield 1

reversed(gen())
r = reversed([1, 2])
iter(r) is r
next(r)
next(r)
next(r)
