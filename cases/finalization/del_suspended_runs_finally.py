# case: `del g` on the only reference to a suspended generator closes it on the spot: its
#   `finally` runs during the `del` statement, before the next statement starts.
# tags: finalization close
def worker(name):
    print(name, "starts")
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")

g = worker("g")
next(g)
print("before del")
del g
print("after del")
h = worker("h")
next(h)
next(h)
del h
print("done")
