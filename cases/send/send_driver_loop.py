# case: Driving a generator with send() in a loop, feeding each yielded value back transformed,
#   until StopIteration carries the final result.
# tags: send
def collatz(n):
    steps = 0
    while n != 1:
        n = yield n
        steps += 1
    return steps

g = collatz(6)
value = next(g)
while True:
    print("at", value)
    nxt = value // 2 if value % 2 == 0 else 3 * value + 1
    try:
        value = g.send(nxt)
    except StopIteration as stop:
        print("steps:", stop.value)
        break
