# case: A thrown BaseException subclass slips past `except Exception` in the generator, runs
#   its finally, and reaches the caller; a handler for the exact class catches it.
# tags: throw exceptions
class Halt(BaseException):
    pass

def gen(catch_halt):
    try:
        try:
            yield "running"
        except Exception:
            print("except Exception: not reached")
        finally:
            print("finally")
    except Halt:
        if not catch_halt:
            raise
        print("caught Halt")
        yield "halted"

g = gen(False)
next(g)
g.throw(Halt)
h = gen(True)
next(h)
h.throw(Halt("now"))
