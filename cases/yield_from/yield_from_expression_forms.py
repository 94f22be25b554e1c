# case: `yield from` is an expression: its value can be returned, yielded, passed to a function
#   or used in arithmetic, all within one delegator.
# tags: yield_from generator
def give(*values):
    for v in values:
        yield v
    return len(values)

def forms():
    a = yield from give("a")
    yield (yield from give("b", "c"))
    total = a + (yield from give("d"))
    print("total", total)
    return str((yield from give()))

g = forms()
list(g)
h = forms()
for value in h:
    print("got", value)
