# case: A running-average coroutine: each value sent returns the average so far; throw() of a
#   custom exception resets it, and it returns the final statistics when closed by a sentinel.
# tags: patterns send throw
class Reset(Exception):
    pass

def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except Reset:
            print("reset after", count, "values")
            total = count = 0
            average = None
            continue
        if value is None:
            return (count, average)
        total += value
        count += 1
        average = total / count

avg = averager()
next(avg)
avg.send(10)
avg.send(20)
avg.send(60)
avg.throw(Reset)
avg.send(3)
avg.send(4)
avg.send(None)
