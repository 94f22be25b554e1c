# case: An exception raised in a finally block during close() reaches the caller of close(),
#   chained to the GeneratorExit; `raise ... from None` hides that context.
# tags: close exceptions
def failing_finally(hide):
    try:
        yield "working"
    finally:
        if hide:
            raise KeyError("from finally") from None
        raise KeyError("from finally")

a = failing_finally(False)
next(a)
a.close()
b = failing_finally(True)
next(b)
b.close()
