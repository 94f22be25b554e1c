# case: A subgenerator can catch an exception thrown through the delegator: it may yield again
#   (throw returns that value) or return (the delegator resumes after `yield from`).
# tags: yield_from throw
def sub():
    try:
        yield 1
    except ValueError:
        print("sub handled ValueError")
        yield 2
    try:
        yield 3
    except KeyError:
        print("sub handled KeyError, returning")
        return "sub result"

def delegator():
    result = yield from sub()
    print("delegator resumed with", result)
    yield "delegator's own"

g = delegator()
next(g)
g.throw(ValueError)
next(g)
g.throw(KeyError)
next(g)
