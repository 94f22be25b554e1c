# case: Rebinding a name in a loop finalizes the previous iteration's generator at each
#   assignment; the last one waits for teardown.
# tags: finalization
def job(n):
    try:
        yield n * 10
    finally:
        print("job", n, "finalized")

for i in range(3):
    current = job(i)
    print("job", i, "yields", next(current))
print("loop done")
