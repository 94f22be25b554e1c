# case: An iterator class whose __next__ raises StopIteration("val") ends a for loop quietly,
#   and under `yield from` gives "val" as the result; no RuntimeError, as no generator raised it.
#   With several arguments, StopIteration(1, 2).value is the first.
# tags: yield_from iterator pep479
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

for x in Countdown(2):
    print(x)
list(Countdown(3))

def launch():
    result = yield from Countdown(2)
    print("result:", result)
    return result

list(launch())
g = launch()
next(g)
next(g)
next(g)

class TwoArgs:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(1, 2)

StopIteration(1, 2).value
def launch_two():
    result = yield from TwoArgs()
    return result

next(launch_two())
