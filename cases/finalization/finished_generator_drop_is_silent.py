# case: A generator that ran to completion, raised, or was already closed does nothing more
#   when dropped: its `finally` ran once, at the time it finished.
# tags: finalization
def short():
    try:
        yield 1
    finally:
        print("short finally")

def failing():
    try:
        yield 1
        raise KeyError("k")
    finally:
        print("failing finally")

a = short()
list(a)
del a
b = failing()
next(b)
next(b)
del b
c = short()
next(c)
c.close()
del c
print("end")
