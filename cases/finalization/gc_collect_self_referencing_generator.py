# case: A generator that holds itself in a local is a cycle: its close() at the collection
#   releases the local, so the generator is freed by its own finalizer and not counted. One
#   that ignores GeneratorExit stays suspended and is cleared, counted with its frame object
#   before 3.11.
# tags: finalization, close, generator, versions
import gc
def holds_itself():
    me = yield 1
    try:
        yield 2
    finally:
        print("finally, me is a generator:", type(me).__name__)
g = holds_itself()
next(g)
g.send(g)
del g
gc.collect()
def stubborn():
    me = yield
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignored GeneratorExit")
s = stubborn()
next(s)
s.send(s)
del s
gc.collect()
