# case: Exceptions raised inside __iter__ or __next__ themselves propagate unchanged out of
#   iter(), next() and for; they are not turned into the protocol's TypeErrors.
# tags: errors iterator
class BadIter:
    def __iter__(self):
        raise KeyError("from __iter__")

class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise AttributeError("from __next__")

iter(BadIter())
for x in BadIter():
    pass
next(BadNext())
list(BadNext())
(x for x in BadIter())
