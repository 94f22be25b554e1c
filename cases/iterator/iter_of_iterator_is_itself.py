# case: iter() of an iterator returns that same object (list, range, str, dict iterators,
#   generators, a user iterator), while iter() of an iterable makes a new iterator each time.
# tags: iterator
def gen():
    yield 1

class Own:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

items = [1, 2, 3]
it = iter(items)
iter(it) is it
iter(iter(it)) is it
iter(items) is iter(items)
iter(items) is items
r = iter(range(5))
iter(r) is r
s = iter("abc")
iter(s) is s
d = iter({"a": 1})
iter(d) is d
g = gen()
iter(g) is g
g.__iter__() is g
o = Own()
iter(o) is o
