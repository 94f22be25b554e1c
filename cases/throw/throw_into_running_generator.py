# case: A generator calling throw() on itself while it runs gets ValueError: generator already
#   executing; the thrown exception is never delivered.
# tags: throw reentrancy errors
def selfthrow():
    try:
        yield "start"
        self_ref.throw(KeyError("never delivered"))
        yield "not reached"
    except KeyError:
        print("KeyError arrived")
    except ValueError as e:
        print("inside:", e)
        yield "after ValueError"

self_ref = selfthrow()
next(self_ref)
next(self_ref)
next(self_ref)
