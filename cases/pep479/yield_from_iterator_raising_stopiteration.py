# case: Under `yield from`, an iterator class raising StopIteration is the normal end of the
#   delegation; a generator subiterator raising it is a RuntimeError through the delegator.
# tags: pep479 yield_from
class Two:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("class done")
        return self.n

def gen_two():
    yield 1
    yield 2
    raise StopIteration("gen done")

def delegate(sub):
    result = yield from sub
    print("delegation returned", result)

list(delegate(Two()))
list(delegate(gen_two()))
