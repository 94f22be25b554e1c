# case: A context manager's __exit__ sees the StopIteration as it leaves a with block inside a
#   generator; if __exit__ suppresses it the generator goes on, otherwise it is converted.
# tags: pep479 exceptions
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, tp, value, tb):
        print("__exit__ sees", tp.__name__ if tp else None)
        return self.suppress

def guarded(suppress):
    with Guard(suppress):
        yield 1
        raise StopIteration
    yield "after with"

list(guarded(True))
list(guarded(False))
