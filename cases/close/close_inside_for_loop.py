# case: Closing a generator from the body of a for loop over it: the loop's next step finds it
#   finished and ends normally, so the loop's else clause runs.
# tags: close iterator
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleaned up")

g = gen()
for v in g:
    print("value", v)
    if v == 2:
        g.close()
        print("closed inside the loop")
else:
    print("loop else")
