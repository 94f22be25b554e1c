# case: A thrown exception caught and answered with `return value`: throw() raises
#   StopIteration carrying that value, and the generator is finished.
# tags: throw
def stoppable():
    try:
        while True:
            yield "working"
    except KeyboardInterrupt:
        pass
    except LookupError as e:
        return "stopped by %r" % (e,)

s = stoppable()
next(s)
s.throw(KeyError("k"))
next(s)
t = stoppable()
next(t)
t.throw(IndexError)
