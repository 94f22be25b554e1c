# case: Breaking out of a for loop over a generator nobody else holds drops it at the break:
#   its `finally` runs before the code following the loop.
# tags: finalization generator
def count():
    try:
        for i in range(5):
            yield i
    finally:
        print("count finally")

def first_even_above(limit):
    for x in count():
        if x > limit and x % 2 == 0:
            break
    print("loop left with", x)
    return x

first_even_above(1)
for y in count():
    if y == 3:
        break
print("top level loop left with", y)
