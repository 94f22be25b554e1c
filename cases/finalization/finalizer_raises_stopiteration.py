# case: A `finally` that raises StopIteration during finalization: PEP 479 turns it into
#   RuntimeError, which is reported as unraisable (on 3.6 the StopIteration was swallowed).
# tags: finalization pep479 versions
def stop_in_finally():
    try:
        yield 1
    finally:
        print("raising StopIteration in finally")
        raise StopIteration("late")

g = stop_in_finally()
next(g)
del g
h = stop_in_finally()
next(h)
h.close()
print("end")
