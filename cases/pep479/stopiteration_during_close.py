# case: A generator that answers close() by raising StopIteration (from an except clause or via
#   next() on an empty iterator) makes close() raise RuntimeError; on 3.6 close() returned None.
# tags: pep479 close versions
def stop_on_exit():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration("no more")

def next_on_empty():
    try:
        yield 1
    finally:
        next(iter([]))

g = stop_on_exit()
next(g)
g.close()
h = next_on_empty()
next(h)
h.close()
