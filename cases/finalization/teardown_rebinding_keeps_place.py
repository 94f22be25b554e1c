# case: Teardown order follows the namespace's insertion order: plainly rebinding a name keeps
#   its place, while `del` followed by a new binding moves it to the end.
# tags: finalization
def tracked(label):
    try:
        yield label
    finally:
        print("finalize", label)

a = tracked("a1")
b = tracked("b1")
c = tracked("c1")
next(a)
next(b)
next(c)
a = tracked("a2")
next(a)
del b
b = tracked("b2")
next(b)
print("statements done")
