# case: The tutorial's first generators: a body that prints between yields, and a loop of yields.
# tags: generator seed
def test1():
    print('print 1')
    yield 1
    print('print 2')
    yield 2

def test2():
    for i in range(10):
        yield i * 2

g = test1()
type(g)
next(g)
next(g)
next(g)
next(g)
list(test2())
for v in test2():
    print(v, end=' ')
print()
t = test2()
next(t)
next(t)
list(t)
