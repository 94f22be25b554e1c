# case: PyPy 7.3.11: dict.update() of pairs from a generator that fails keeps none of them
# tags: generator errors
def g():
    yield 1
    yield 2
    raise KeyError("d1")
box = {}
box.update(enumerate(g()))
box
