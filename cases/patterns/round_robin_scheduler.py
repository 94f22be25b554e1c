# case: A round-robin scheduler runs generator tasks in turns until each is finished, collecting
#   their return values.
# tags: patterns generator
def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield
    return name.upper() + " done"

def run(tasks):
    queue = list(tasks)
    results = []
    while queue:
        current = queue.pop(0)
        try:
            next(current)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            queue.append(current)
    return results

run([task("a", 3), task("b", 1), task("c", 2)])
