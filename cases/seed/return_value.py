# case: PEP 380 return values: `return 10` in a generator becomes StopIteration(10).
# tags: generator yield_from seed
def test():
    yield 1
    return 10

x = test()
next(x)
next(x)
next(x)

def test_by_hand():
    yield 1
    e = StopIteration()
    e.value = 10
    raise e

y = test_by_hand()
next(y)
next(y)
