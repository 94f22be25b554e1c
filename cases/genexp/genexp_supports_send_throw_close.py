# case: A generator expression has the full generator protocol: send(None) is next(), a
#   non-None send to a fresh one is refused, a later send's value is ignored, throw() and
#   close() end it.
# tags: genexp send throw close
g = (x * 10 for x in range(5))
g.send(3)
g.send(None)
g.send("ignored")
g.throw(KeyError("k"))
next(g)
h = (x for x in range(3))
next(h)
h.close()
next(h)
