# case: An exception thrown into a generator suspended inside an except block gets the handled
#   exception as __context__, also when the generator catches it itself (no context on 3.6-3.8).
# tags: throw exceptions versions
def worker():
    try:
        raise KeyError("in progress")
    except KeyError:
        try:
            yield "suspended in handler"
        except ValueError as e:
            print("caught", repr(e), "context:", repr(e.__context__))
            yield "handled"

w = worker()
next(w)
w.throw(ValueError("thrown"))
