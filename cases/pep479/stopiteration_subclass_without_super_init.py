# case: a StopIteration subclass whose __init__ does not call super().__init__ has value None
#   (StopIteration.__init__ sets it) though its args hold what was passed; a for loop and
#   next() over an iterator raising it stop normally.
# tags: pep479 iterator
class MyStop(StopIteration):
    def __init__(self, value):
        self.extra = value


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise MyStop(5)


e = MyStop(5)
e.value
e.args
e.extra
[x for x in It()]
next(It())
def gen():
    yield 1
    raise MyStop(7)
list(gen())
