# case: A generator expression evaluates its first iterable and calls iter() on it at once,
#   when it is created; the element expression and the filter wait for next().
# tags: genexp
def source():
    print("source() called")
    return [1, 2, 3]

class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter("ab")

def show(x):
    print("element", x)
    return x

g = (show(x) for x in source())
print("genexp created")
h = (x for x in Iterable())
print("second created")
next(g)
next(h)
list(g)
