# case: A with block inside a generator: __exit__ receives an exception thrown in at the yield
#   and may suppress it (the generator goes on); on close() it receives GeneratorExit, and if
#   it suppresses that too the generator yields again: "generator ignored GeneratorExit".
# tags: exceptions throw close
class Manager:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(self.name, "enter")
        return self
    def __exit__(self, tp, value, tb):
        print(self.name, "exit with", None if tp is None else tp.__name__)
        return self.suppress

def managed():
    with Manager("outer", False):
        with Manager("inner", True):
            yield "in both"
        yield "in outer only"
    yield "outside"

g = managed()
next(g)
g.throw(KeyError)
g.throw(KeyError)
h = managed()
next(h)
h.close()
