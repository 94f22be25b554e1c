# case: A finalizer runs in the generator's own frame: it sees the locals as they were at the
#   last yield and can still call other functions and print.
# tags: finalization generator
log = []

def accumulate():
    total = 0
    try:
        while True:
            total += yield total
    finally:
        log.append(total)
        print("final total", total)

acc = accumulate()
next(acc)
acc.send(5)
acc.send(7)
del acc
log
