# case: PyPy: throw() forwarded to a delegate's throw method passes (type, instance, None)
# tags: throw yield_from
class Proto:
    def __iter__(self):
        return self
    def __next__(self):
        return 0
    def throw(self, *args):
        print("throw", args)
        return 5
def g0():
    yield from Proto()
s0 = g0()
next(s0)
s0.throw(ValueError)
s1 = g0()
next(s1)
s1.throw(ValueError, ValueError(1))
