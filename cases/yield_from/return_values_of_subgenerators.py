# case: The value of `yield from` is the subgenerator's return value: a tuple stays one value,
#   bare `return` or falling off the end gives None, and a StopIteration object can be returned.
# tags: yield_from generator
def returns(value):
    yield "working"
    return value

def falls_off():
    yield "working"

def bare():
    yield "working"
    return

def collect(sub):
    result = yield from sub
    print("result:", repr(result))

list(collect(returns(5)))
list(collect(returns((1, 2))))
list(collect(returns(None)))
list(collect(falls_off()))
list(collect(bare()))
list(collect(returns([3, 4])))
list(collect(returns(StopIteration(7))))
