# case: A class with only __getitem__ is iterable through the old sequence protocol: indexes
#   0, 1, 2… until IndexError; the iterator is of type 'iterator' and stays exhausted.
# tags: iterator
class Squares:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * i

list(Squares())
it = iter(Squares())
type(it).__name__
next(it)
for v in it:
    print("v", v)
next(it)
4 in Squares()
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)

list(Broken())
