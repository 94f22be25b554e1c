# case: From inside the innermost generator of a chain, inspect.getgeneratorstate reports
#   GEN_RUNNING for each delegator; a generator that was only created stays GEN_CREATED.
# tags: introspection yield_from
import inspect

def leaf():
    print("top:", inspect.getgeneratorstate(top_gen))
    print("mid:", inspect.getgeneratorstate(mid_gen))
    print("spare:", inspect.getgeneratorstate(spare))
    yield

def mid():
    yield from leaf()

def top():
    yield from mid_gen

mid_gen = mid()
top_gen = top()
spare = mid()
next(top_gen)
inspect.getgeneratorstate(top_gen)
inspect.getgeneratorstate(mid_gen)
