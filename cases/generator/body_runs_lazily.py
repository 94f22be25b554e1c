# case: Calling a generator function runs none of its body; each next() runs it to the next
#   yield, and the code after the last yield runs on the next() that ends it.
# tags: generator
def steps():
    print("start")
    yield "a"
    print("between")
    yield "b"
    print("after last yield")

g = steps()
print("created")
next(g)
next(g)
next(g)
next(g)
type(g).__name__
