# case: A generator closure that updates a nonlocal counter: the enclosing function's
#   variable changes each time the generator is resumed.
# tags: generator
def counter_pair():
    count = 0
    def ticks():
        nonlocal count
        while True:
            count += 1
            yield count
    def read():
        return count
    return ticks, read

ticks, read = counter_pair()
t1 = ticks()
t2 = ticks()
read()
next(t1)
next(t1)
next(t2)
read()
[next(t1) for _ in range(3)]
read()
