# case: A running-average coroutine that yields the average after each value and returns a
#   summary when sent None; the summary arrives as StopIteration.value.
# tags: send patterns
def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
avg.send(10)
avg.send(20)
avg.send(60)
avg.send(None)
avg.send(5)
