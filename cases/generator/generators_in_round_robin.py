# case: Generators kept in a list and resumed in turn: a round-robin that drops each one as it
#   finishes, showing interleaved execution of several suspended frames.
# tags: generator patterns
def worker(name, n):
    for i in range(n):
        print("%s step %d" % (name, i))
        yield
    print(name, "done")

tasks = [worker("a", 2), worker("b", 3), worker("c", 1)]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)
    except StopIteration:
        continue
    tasks.append(task)
tasks
