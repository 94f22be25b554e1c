# case: A generator with two references is finalized only when the last one goes, whether
#   that is a name, a list element or an attribute.
# tags: finalization
def tracked(label):
    try:
        yield label
    finally:
        print("finalize", label)

class Holder:
    pass

g = tracked("shared")
next(g)
alias = g
del g
print("one name left")
box = [alias]
del alias
print("only the list holds it")
box.clear()
print("list cleared")
h = Holder()
h.gen = tracked("attr")
next(h.gen)
del h
print("holder gone")
