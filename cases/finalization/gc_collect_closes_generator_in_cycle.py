# case: An object that keeps a generator of its own method (`self.gen = self.run()`) is a
#   reference cycle: `del` finalizes nothing, gc.collect() closes the generator (its
#   `finally` runs inside the collection, with `self` intact) and counts what it freed.
# tags: finalization, generator, patterns, versions
import gc
class Worker:
    def __init__(self, name):
        self.name = name
        self.gen = self.run()
    def run(self):
        try:
            while True:
                item = yield
                print(self.name, "got", item)
        finally:
            print(self.name, "closed, name still", self.name)
w = Worker("w1")
next(w.gen)
w.gen.send("job")
del w
print("after del")
gc.collect()
print("after collect")
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("gen finally, box has", len(box))
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
gc.collect()
