# case: send(5) through `yield from iter([...])` raises AttributeError inside the delegator
#   (list_iterator has no send); the delegator can catch it, and if not it finishes.
# tags: yield_from send errors
def relay():
    try:
        yield from iter([1, 2, 3])
    finally:
        print("relay finally")

def catching():
    try:
        yield from [1, 2, 3]
    except AttributeError as e:
        print("caught:", e)
        yield "recovered"

g = relay()
next(g)
g.send(5)
next(g)
h = catching()
next(h)
h.send("x")
next(h)
