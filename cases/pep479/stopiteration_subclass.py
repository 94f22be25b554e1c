# case: Subclasses of StopIteration are converted too; the __cause__ is the subclass instance.
#   A generator may raise them freely as long as it catches them itself.
# tags: pep479 exceptions
class Done(StopIteration):
    pass

class Finished(Done):
    pass

def raises(cls):
    yield "start"
    raise cls("reason")

def catches_own():
    try:
        raise Finished("inside")
    except Done as e:
        print("caught own", repr(e), e.value)
    yield "fine"

g = raises(Done)
next(g)
next(g)
h = raises(Finished)
next(h)
try:
    next(h)
except RuntimeError as e:
    print(type(e.__cause__).__name__, isinstance(e.__cause__, StopIteration))
list(catches_own())
