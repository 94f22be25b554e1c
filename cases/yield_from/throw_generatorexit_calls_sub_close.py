# case: throw(GeneratorExit) into a delegator is treated like close() for the subiterator:
#   sub.close() is called instead of sub.throw(), and GeneratorExit is raised in the delegator.
# tags: yield_from throw close
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def throw(self, *args):
        print("Sub.throw", args)
        return "thrown"
    def close(self):
        print("Sub.close")

def delegator():
    try:
        yield from Sub()
    except GeneratorExit:
        print("delegator caught GeneratorExit")
        yield "still alive"

g = delegator()
next(g)
g.throw(GeneratorExit)
next(g)
