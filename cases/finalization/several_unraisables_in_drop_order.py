# case: Unraisable reports from several dropped generators come out in drop order, each in the
#   statement that dropped it; the exception carries the message given.
# tags: finalization
def noisy(n):
    try:
        yield n
    finally:
        raise ValueError("noisy %d" % n)

a = noisy(1)
b = noisy(2)
next(a)
next(b)
a = b = None
print("both dropped")
