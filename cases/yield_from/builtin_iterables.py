# case: yield from accepts any iterable: lists, tuples, ranges, strings, dicts (their keys) and
#   generator expressions; the result of `yield from` a builtin iterable is None.
# tags: yield_from iterator
def each(source):
    result = yield from source
    print("result of yield from", type(source).__name__, "is", result)

list(each([1, 2, 3]))
list(each((4, 5)))
list(each(range(6, 9)))
list(each("hey"))
list(each({"a": 1, "b": 2}))
list(each(x * x for x in range(3)))
list(each([]))
