# case: Found by yieldspec fuzz (seed 1, program 53460). (reduced)
# tags: async_generator close exceptions finalization generator genexp introspection pep479 throw yield_from
class CM:
    def __init__(self, label, swallow):
        self.label, self.swallow = label, swallow
    def __enter__(self):
        pass
    def __exit__(self, typ, val, tb):
        return self.swallow
import sys
def firstiter(ag):
    pass
def finalizer(ag):
    try:
        ag.aclose().send(None)
    except StopIteration:
        pass
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g0(a):
    try:
        try:
            yield
        except BaseException as e:
            pass
        else:
            pass
        finally:
            with CM("g0.6", True):
                raise GeneratorExit()
    finally:
        print("finally")
        yield
s2 = g0(0)
s2.__anext__().send(None)
s2.__anext__().send(None)
