# case: map and filter call their function only when the next item is asked for; filter(None)
#   keeps the truthy items; map stops at its shortest input.
# tags: iterator
def loud_double(x):
    print("double", x)
    return x * 2

def loud_odd(x):
    print("odd?", x)
    return x % 2 == 1

m = map(loud_double, [1, 2, 3])
print("map made")
next(m)
list(m)
f = filter(loud_odd, range(4))
print("filter made")
next(f)
next(f)
next(f)
list(filter(None, [0, 1, "", "a", None, [], [0]]))
list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))
type(m).__name__
type(f).__name__
