# case: A generator re-yields a sub-generator's values with a for loop.
# tags: generator seed
def subcoroutine():
    yield 1
    yield 2

def coroutine():
    for v in subcoroutine():
        yield v

x = coroutine()
print(next(x))
print(next(x))
next(x)
