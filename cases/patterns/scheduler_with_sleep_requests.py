# case: A tiny event loop where tasks yield how many ticks to sleep; the loop wakes them in tick
#   order (ties in creation order) and passes the current tick back in with send().
# tags: patterns send
def worker(name, delays):
    for d in delays:
        now = yield d
        print("tick", now, name, "woke after", d)
    return name

def loop(tasks):
    now = 0
    sleeping = []
    for order, t in enumerate(tasks):
        sleeping.append((now + next(t), order, t))
    finished = []
    while sleeping:
        sleeping.sort(key=lambda entry: (entry[0], entry[1]))
        wake, order, t = sleeping.pop(0)
        now = wake
        try:
            delay = t.send(now)
        except StopIteration as stop:
            finished.append((now, stop.value))
        else:
            sleeping.append((now + delay, order, t))
    return finished

loop([worker("fast", [1, 1, 1]), worker("slow", [2, 3]), worker("once", [2])])
