# case: throw() into a generator that has not started raises the exception at once: the body
#   never runs, not even its try/except or finally, and the generator is closed.
# tags: throw
def guarded():
    print("body runs")
    try:
        yield 1
    except Exception:
        print("caught")
    finally:
        print("finally")

g = guarded()
g.throw(ValueError("early"))
g.gi_frame is None
next(g)
h = guarded()
h.throw(KeyError)
list(h)
