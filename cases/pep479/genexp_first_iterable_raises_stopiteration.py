# case: A generator expression's first iterable is evaluated by the caller when the expression
#   is created, so a StopIteration raised there is not converted; one raised by a later for
#   clause happens inside the genexp and is.
# tags: pep479 genexp
def refuse():
    raise StopIteration("refused")

def rows():
    return [[1, 2], [3]]

def cells(row):
    if row == [3]:
        raise StopIteration("bad row")
    return row

g = (x for x in refuse())
h = (c for row in rows() for c in cells(row))
next(h)
next(h)
next(h)
