# case: A class that is its own iterator (__iter__ returns self, __next__ counts down) drives
#   for, list() and next(); past the end every next() raises StopIteration again.
# tags: iterator
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("tick", n)
list(Countdown(4))
c = Countdown(2)
next(c)
next(c)
next(c)
next(c)
c.current
