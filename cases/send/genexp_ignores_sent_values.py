# case: A generator expression discards values sent to it (its yields are statements), while
#   still honouring the just-started rule and send(None) as next.
# tags: send genexp
g = (c for c in "abcd")
g.send(None)
g.send(1)
g.send("x")
next(g)
g.send(2)
