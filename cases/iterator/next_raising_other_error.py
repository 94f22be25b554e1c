# case: An exception other than StopIteration from __next__ propagates out of for, list() and
#   next(); the for loop's else does not run, and the loop variable keeps its last value.
# tags: iterator
class Fails:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("bad item %d" % self.i)
        return self.i

x = None
for x in Fails():
    print("item", x)
else:
    print("else")
x
list(Fails())
f = Fails()
next(f)
next(f)
next(f)
next(f)
