# case: send() passes the object itself, not a copy: the generator mutating a sent list is
#   seen by the caller, and identity is kept.
# tags: send
def mutate():
    seen = None
    while True:
        obj = yield seen is not None and obj is seen
        obj.append("touched")
        seen = obj

box = []
m = mutate()
next(m)
m.send(box)
box
m.send(box)
box
m.send([])
