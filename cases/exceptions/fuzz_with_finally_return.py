# case: A `return` in the `finally` of a try inside a `with` block (found by the fuzzer): the
#   context manager's __exit__ still runs once, with no exception, and the function returns None.
# tags: exceptions
class CM:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(self.label, "enter")
    def __exit__(self, typ, val, tb):
        print(self.label, "exit", typ)
def f(a):
    with CM("f"):
        try:
            return a
        finally:
            return
def g(a):
    with CM("g"):
        try:
            yield a
            return a
        finally:
            return
f(1)
list(g(2))
