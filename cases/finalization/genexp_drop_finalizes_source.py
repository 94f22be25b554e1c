# case: Dropping a suspended generator expression closes it and releases the generator it
#   iterates over, which is then finalized.
# tags: finalization genexp
def source():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("source finalized")

squares = (x * x for x in source())
next(squares)
del squares
print("genexp gone")
fresh = (x for x in source())
del fresh
print("fresh genexp gone")
