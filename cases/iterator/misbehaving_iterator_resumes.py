# case: Nothing forces a user iterator to stay exhausted: this one raises StopIteration every
#   third call and then yields again, so each for loop over it sees a different stretch.
# tags: iterator
class Flaky:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls

f = Flaky()
list(f)
list(f)
next(f)
next(f)
next(f)
for v in f:
    print("got", v)
f.calls
