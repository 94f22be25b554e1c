# case: Found by yieldspec fuzz (seed 1, program 7869). (reduced)
# tags: exceptions generator genexp introspection reentrancy throw yield_from
import inspect
def g1(a):
    try:
        print(next(s0, "done"))
    finally:
        yield from range(1)
s0 = g1(0)
next(s0)
inspect.getgeneratorstate(s0)
