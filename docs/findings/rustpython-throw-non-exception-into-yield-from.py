# case: RustPython: throw() of a non-exception is refused before the delegating generator sees it
# tags: generator throw yield_from
def inner():
    yield 1
def outer():
    try:
        yield from inner()
    except TypeError as e:
        print("outer saw", e)
        raise
s = outer()
next(s)
s.throw(0)
