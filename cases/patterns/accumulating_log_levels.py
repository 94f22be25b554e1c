# case: A log router coroutine sending each message to per-level collector coroutines made on
#   demand; at close the router closes its collectors in creation order.
# tags: patterns send close
def collector(level):
    lines = []
    try:
        while True:
            lines.append((yield))
    finally:
        print(level, "collected", lines)

def router():
    collectors = {}
    order = []
    try:
        while True:
            level, message = yield
            if level not in collectors:
                c = collector(level)
                next(c)
                collectors[level] = c
                order.append(level)
            collectors[level].send(message)
    finally:
        for level in order:
            collectors[level].close()

r = router()
next(r)
r.send(("info", "started"))
r.send(("error", "disk full"))
r.send(("info", "retrying"))
r.send(("debug", "x=1"))
r.close()
