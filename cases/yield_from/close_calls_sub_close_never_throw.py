# case: close() on a delegator calls the subiterator's close() (never its throw), then raises
#   GeneratorExit at the `yield from` in the delegator.
# tags: yield_from close
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def throw(self, *args):
        print("Sub.throw", args)
        raise args[0]
    def close(self):
        print("Sub.close called")

def delegator():
    try:
        yield from Sub()
    except GeneratorExit:
        print("delegator got GeneratorExit")
        raise
    finally:
        print("delegator finally")

g = delegator()
next(g)
g.close()
g.close()
next(g)
