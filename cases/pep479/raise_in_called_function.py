# case: StopIteration raised in a plain function called by a generator escapes the generator's
#   frame and is converted there; the function called directly raises StopIteration as is.
# tags: pep479 generator
def helper(x):
    if x > 1:
        raise StopIteration("from helper")
    return x

def uses_helper():
    for i in range(5):
        yield helper(i)

g = uses_helper()
next(g)
next(g)
next(g)
helper(5)
