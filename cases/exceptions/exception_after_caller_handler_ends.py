# case: The context is decided when the exception is raised: a generator that fails after the
#   caller's handler has finished gets no context, even if the generator was created in it.
# tags: exceptions
def late():
    yield 1
    raise RuntimeError("late failure")

try:
    raise OSError("early")
except OSError:
    g = late()
    next(g)
try:
    next(g)
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)
