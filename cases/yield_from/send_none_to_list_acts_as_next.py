# case: Through `yield from` a builtin iterator, send(None) behaves exactly like next(): the
#   delegator calls the iterator's __next__.
# tags: yield_from send
def relay():
    yield from [10, 20, 30]
    print("list exhausted")
    return "done"

g = relay()
g.send(None)
next(g)
g.send(None)
g.send(None)
g.send(None)
