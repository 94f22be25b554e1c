# case: RustPython: a finished generator keeps its locals until it is freed
# tags: generator finalization async_generator
class O:
    def __del__(self):
        print("O freed")
def g():
    x = O()
    yield 1
s = g()
next(s)
next(s, None)
print("generator finished")
del s
