# case: A generator that catches every thrown exception inside its loop can take many throws in
#   a row; each throw() returns the next yield, and next() continues normally in between.
# tags: throw
def tally():
    errors = []
    while len(errors) < 3:
        try:
            yield list(errors)
        except Exception as e:
            errors.append(type(e).__name__)
    return errors

t = tally()
next(t)
t.throw(ValueError)
next(t)
t.throw(KeyError)
t.throw(IndexError("last"))
