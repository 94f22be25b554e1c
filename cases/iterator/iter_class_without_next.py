# case: A class whose __iter__ returns an object lacking __next__: iter() and for reject it
#   with "iter() returned non-iterator"; a class with __next__ but no __iter__ works with
#   next() but is not iterable.
# tags: iterator errors
class NoNext:
    def __iter__(self):
        print("__iter__ called")
        return self

iter(NoNext())
for x in NoNext():
    print(x)
list(NoNext())

class OnlyNext:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        return self.n

o = OnlyNext()
next(o)
next(o)
iter(o)
for x in o:
    print(x)
