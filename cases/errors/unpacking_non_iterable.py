# case: Unpacking a non-iterable is "cannot unpack non-iterable X object"; unpacking a
#   generator that yields the wrong number of items names the expected count.
# tags: errors iterator
def three():
    yield 1
    yield 2
    yield 3

a, b = 5
a, b = None
a, b = three()
a, b, c, d = three()
a, *b = 7
a, b, c = three()
(a, b, c)
