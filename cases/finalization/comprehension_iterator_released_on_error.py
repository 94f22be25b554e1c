# case: An exception leaving a list comprehension: up to 3.11 the comprehension's frame, kept by the traceback, holds its iterator until the exception is cleared; from 3.12 (PEP 709, inlined) it is released at once.
# tags: finalization versions genexp
def gen(name):
    try:
        yield from range(4)
    finally:
        print(name, "finally")

def check(x):
    if x == 2:
        raise ValueError("at %d" % x)
    return x

def listcomp():
    return [check(x) for x in gen("list")]

def setcomp():
    return {check(x) for x in gen("set")}

def dictcomp():
    return {x: check(x) for x in gen("dict")}

def genexp():
    return list(check(x) for x in gen("genexp"))

for fn in [listcomp, setcomp, dictcomp, genexp]:
    try:
        fn()
    except ValueError as e:
        print("caught", fn.__name__, e)
    print("after", fn.__name__)
