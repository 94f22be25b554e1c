# case: An exception raised inside a generator while the caller is handling another one gets
#   the caller's exception as __context__; outside any handler it gets none.
# tags: exceptions
def failing():
    yield 1
    raise KeyError("from generator")

g = failing()
next(g)
try:
    raise ValueError("caller's")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print(repr(e), "context:", repr(e.__context__))
h = failing()
next(h)
next(h)
