# case: Yields inside try, except and finally clauses, with a re-raise, collected by list().
# tags: generator exceptions seed
def f():
    try:
        yield 1
        try:
            yield 2
            1/0
            yield 3  # never get here
        except ZeroDivisionError:
            yield 4
            yield 5
            raise
        except:
            yield 6
            yield 7     # the "raise" above stops this
    except:
        yield 8
    yield 9
    try:
        x = 12
    finally:
        yield 10
    yield 11

print(list(f()))
g = f()
next(g)
next(g)
next(g)
g.close()
next(g)
