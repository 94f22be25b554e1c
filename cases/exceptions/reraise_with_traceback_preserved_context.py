# case: Catching an exception from a generator in the caller and raising another makes the
#   generator's exception the context; the generator's own context stays attached to it.
# tags: exceptions
def g():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
    yield

try:
    try:
        next(g())
    except ValueError as e:
        raise TypeError("caller") from None
except TypeError as t:
    outer = t
outer
outer.__context__
outer.__context__.__context__
outer.__suppress_context__
