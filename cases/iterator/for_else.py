# case: for/else: the else block runs when the iterator is exhausted (also when it was empty),
#   not when the loop is left with break; a StopIteration from the body is not exhaustion.
# tags: iterator
def find(items, wanted):
    for x in items:
        if x == wanted:
            print("found", x)
            break
    else:
        print("not found", wanted)

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
find(iter(range(5)), 4)

def body_raises():
    for x in [1, 2]:
        print("body", x)
        raise StopIteration("from body")
    else:
        print("else never runs")

body_raises()
