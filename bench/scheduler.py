# Round-robin scheduler of many generator tasks.
def task(name, steps, log):
    acc = 0
    for i in range(steps):
        acc += i
        yield
    log.append((name, acc))

def run(tasks):
    queue = list(tasks)
    switches = 0
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
            switches += 1
        except StopIteration:
            pass
    return switches

log = []
switches = run([task(i, 100 + i % 50, log) for i in range(500)])
print(switches, len(log), log[-1])
