# case: RustPython: an exception raised after a with block whose __exit__ suppressed one crashes
# tags: exceptions python
class CM:
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return True
def f():
    with CM():
        raise ValueError("suppressed")
    raise KeyError("after")
try:
    f()
except KeyError as e:
    print("caught", repr(e))
