# case: close() on a generator suspended inside a with block calls the context manager's
#   __exit__ with GeneratorExit; an __exit__ that returns True swallows it, the generator runs
#   on to its next yield, and close() raises RuntimeError.
# tags: close
class Manager:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, tp, value, tb):
        print("exit with", tp.__name__ if tp else None)
        return self.swallow

def gen(swallow):
    with Manager(swallow):
        yield "inside"
    print("after with")
    yield "after"

g = gen(False)
next(g)
g.close()
s = gen(True)
next(s)
s.close()
