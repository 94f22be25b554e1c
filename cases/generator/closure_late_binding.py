# case: A generator defined inside a function reads the enclosing variable each time it
#   resumes, so a change made between two next() calls shows at the next value.
# tags: generator
def make():
    factor = 1
    def scaled(xs):
        for x in xs:
            yield x * factor
    def set_factor(f):
        nonlocal factor
        factor = f
    return scaled, set_factor

scaled, set_factor = make()
g = scaled([1, 2, 3])
next(g)
set_factor(10)
next(g)
set_factor(100)
next(g)
list(scaled([1]))
