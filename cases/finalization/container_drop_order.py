# case: Generators held only by a list or a tuple are finalized when the container goes; the
#   container releases its items from the last to the first.
# tags: finalization
def tracked(label):
    try:
        yield label
    finally:
        print("finalize", label)

gens = [tracked(i) for i in range(3)]
for gen in gens:
    next(gen)
del gen
del gens
print("list gone")
pair = (tracked("left"), tracked("right"))
next(pair[0])
next(pair[1])
del pair
print("tuple gone")
