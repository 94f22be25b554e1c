# case: Breaking out of a for loop over a named generator leaves it suspended (its `finally`
#   has not run), and the loop can be resumed later; it is finalized only when dropped.
# tags: finalization generator
def count():
    try:
        for i in range(5):
            yield i
    finally:
        print("count finally")

g = count()
for x in g:
    print("saw", x)
    if x == 1:
        break
print("after break")
next(g)
for x in g:
    print("saw again", x)
    break
del g
print("after del")
