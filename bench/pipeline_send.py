# Producer -> filter -> consumer coroutines connected with send().
def consumer(results):
    total = 0
    count = 0
    while True:
        item = yield
        if item is None:
            break
        total += item
        count += 1
    results.append((count, total))

def evens(target):
    next(target)
    try:
        while True:
            item = yield
            if item % 2 == 0:
                target.send(item * 3)
    except GeneratorExit:
        try:
            target.send(None)
        except StopIteration:
            pass

def produce(n, target):
    next(target)
    for i in range(n):
        target.send(i)
    target.close()

results = []
produce(100000, evens(consumer(results)))
print(results)
