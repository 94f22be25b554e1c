# case: An object that keeps a generator of its own bound method (`self.gen = self._run()`)
#   is a reference cycle: `del` does not finalize it; the teardown's cyclic collection runs
#   the finalizers in the order the objects were made (the instance's `__del__`, then the
#   generator's close(), whose `finally` sees `self` still intact), each object once.
# tags: finalization, generator, patterns
class Stream:
    def __init__(self, name):
        self.name = name
        self.gen = self._run()
        next(self.gen)

    def _run(self):
        try:
            while True:
                item = yield
                print(self.name, "got", item)
        finally:
            print(self.name, "generator closed, name still", self.name)

    def __del__(self):
        print(self.name, "__del__")

s = Stream("s1")
s.gen.send(1)
del s
print("after del: nothing finalized yet")
t = Stream("t1")
t.gen.send(2)
u = Stream("u1")
u.gen.close()
print("u1 closed by hand")

class Plain:
    def __init__(self):
        self.gen = self.run()

    def run(self):
        try:
            yield "started"
        finally:
            print("Plain.run finally")

p = Plain()
next(p.gen)
p.other = Plain()
