# case: A subgenerator that calls next() on its own delegator hits ValueError: the delegator is
#   running (executing its `yield from`) while the subgenerator runs.
# tags: yield_from reentrancy
def sub():
    try:
        next(outer)
    except ValueError as e:
        print("sub:", e)
    try:
        outer.send(1)
    except ValueError as e:
        print("sub:", e)
    yield "sub value"

def delegator():
    yield from sub()

outer = delegator()
next(outer)
outer.gi_running
