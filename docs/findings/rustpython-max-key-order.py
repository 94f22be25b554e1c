# case: RustPython 0.5.0: max() and min() with key= fetch the next item before they call key
# tags: generator
def key(v):
    print("key", v)
    return v
def g():
    print("yield 1")
    yield 1
    print("yield 2")
    yield 2
max(g(), key=key)
min(g(), key=key)
