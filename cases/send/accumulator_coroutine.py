# case: An accumulator coroutine: each sent number is added to a running total that is yielded
#   back; next() alone adds nothing.
# tags: send patterns
def accumulator():
    total = 0
    while True:
        n = yield total
        if n is not None:
            total += n

acc = accumulator()
next(acc)
acc.send(5)
acc.send(10)
next(acc)
acc.send(-3)
[acc.send(i) for i in range(4)]
