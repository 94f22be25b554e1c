# case: throw(GeneratorExit) is not close(): uncaught it propagates to the caller, and if the
#   generator catches it and yields, throw() simply returns the yielded value.
# tags: throw close
def plain():
    try:
        yield 1
    finally:
        print("plain finally")

def stubborn():
    while True:
        try:
            yield "alive"
        except GeneratorExit:
            print("ignoring GeneratorExit")

p = plain()
next(p)
p.throw(GeneratorExit)
s = stubborn()
next(s)
s.throw(GeneratorExit)
s.throw(GeneratorExit())
fresh = plain()
fresh.throw(GeneratorExit)
