# case: A value sent into a generator that makes it call next() on an empty iterator: send()
#   raises RuntimeError and the generator is finished.
# tags: pep479 send
def first_of_each():
    while True:
        it = yield
        print("first is", next(iter(it)))

g = first_of_each()
next(g)
g.send([1, 2])
g.send("xyz")
g.send([])
g.send([3])
