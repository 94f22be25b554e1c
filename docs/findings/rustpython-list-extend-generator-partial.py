# case: RustPython: list.extend() and += of a generator that fails keep none of its items
# tags: generator errors
def g():
    yield 1
    yield 2
    raise ValueError("d1")
box = [0]
box.extend(g())
box
box = [0]
box += g()
box
box = [0]
box[1:1] = g()
box
