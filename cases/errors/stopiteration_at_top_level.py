# case: Outside generators a StopIteration is an ordinary exception: raised at top level or by
#   a plain function it propagates as is, with its value, and no RuntimeError appears.
# tags: errors pep479
def plain():
    raise StopIteration("plain function")

raise StopIteration
raise StopIteration(7)
plain()
[x for x in range(3) if plain()]
