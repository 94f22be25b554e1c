# case: After the last statement the namespace is torn down in reverse binding order, so
#   suspended generators are finalized last-bound first.
# tags: finalization
def tracked(label):
    try:
        yield label
    finally:
        print("finalize", label)

first = tracked("first")
second = tracked("second")
third = tracked("third")
next(first)
next(third)
next(second)
print("statements done")
