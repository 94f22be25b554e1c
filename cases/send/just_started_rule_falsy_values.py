# case: The just-started check is `is not None`, not truthiness: 0, False, "" and [] are all
#   refused on a fresh generator; only None starts it.
# tags: send errors
def g():
    v = yield "started"
    yield v

s = g()
s.send(0)
s.send(False)
s.send("")
s.send([])
s.send(None)
s.send(0)
