# case: min()/max() of an empty iterable (a finished generator, an empty genexp) without a
#   default: "max() arg is an empty sequence" before 3.12, "max() iterable argument is empty"
#   from 3.12; with default= the default.
# tags: python errors versions generator
def gen():
    return
    yield

max(gen())
min(x for x in [])
max(iter([]), key=len)
min((), default="d")
max([], key=len, default=None)
