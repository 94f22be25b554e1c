# case: A generator that catches GeneratorExit and returns a value finishes quietly; close()
#   returns None up to 3.12 and the returned value from 3.13 on.
# tags: close versions
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("returning on close")
        return "final value"

g = gen()
next(g)
g.close()
g.close()
f = gen()
f.close()
