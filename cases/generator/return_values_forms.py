# case: What `return` turns into: `return 5` → StopIteration(5); a tuple is one argument
#   (`.value` the tuple); `return None` and falling off the end give no args; the value is
#   only given once.
# tags: generator
def ret(value):
    yield "first"
    return value

def no_return():
    yield "only"

g = ret(5)
next(g)
next(g)
next(g)
t = ret((1, 2))
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.args, e.value)
n = ret(None)
next(n)
try:
    next(n)
except StopIteration as e:
    print(e.args, e.value)
f = no_return()
next(f)
next(f)
StopIteration(1, 2).value
StopIteration().value
