# case: dir() of a generator object lists the generator protocol next to object's methods.
# tags: generator introspection seed
def test1():
    print('print 1')
    yield 1
    print('print 2')
    yield 2

g = test1()
dir(g)
[name for name in dir(g) if not name.startswith('__')]
