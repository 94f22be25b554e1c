# case: gi_running is read-only: assigning or deleting it raises AttributeError ("attribute
#   'gi_running' of 'generator' objects is not writable" from 3.10, "readonly attribute"
#   before); the generator works on.
# tags: errors introspection versions
def gen():
    yield 1

g = gen()
g.gi_running
g.gi_running = True
g.gi_running = False
del g.gi_running
next(g)
g.gi_running
