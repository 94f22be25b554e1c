# case: `return value` ends a generator with StopIteration(value); `raise StopIteration(value)`
#   is an error, not the same thing.
# tags: pep479 generator
def returns():
    yield 1
    return "result"

def raises():
    yield 1
    raise StopIteration("result")

def collect(gen):
    try:
        while True:
            print("yielded", next(gen))
    except StopIteration as e:
        print("StopIteration with value", repr(e.value))
    except RuntimeError as e:
        print("RuntimeError:", e)

collect(returns())
collect(raises())
g = returns()
next(g)
next(g)
h = raises()
next(h)
next(h)
