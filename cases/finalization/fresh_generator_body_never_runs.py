# case: A generator that was never started is closed without running any of its body: neither
#   the code before the first yield nor its `finally` runs, when deleted or at teardown.
# tags: finalization close
def body():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")

g = body()
del g
print("deleted a fresh generator")
g = body()
g.close()
print("closed a fresh generator")
next(g)
kept = body()
print("one fresh generator left for teardown")
