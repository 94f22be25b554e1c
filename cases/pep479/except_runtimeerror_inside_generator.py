# case: The conversion happens as StopIteration leaves the generator: `except RuntimeError`
#   inside the generator does not see it, while `except StopIteration` there does.
# tags: pep479 exceptions
def tries_runtimeerror():
    try:
        yield 1
        raise StopIteration
    except RuntimeError:
        print("never printed")
        yield "caught inside"

def tries_stopiteration():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        print("caught StopIteration inside")
        yield "caught inside"

list(tries_runtimeerror())
list(tries_stopiteration())
