# case: Infinite generators are fine as long as the consumer stops: zip with a finite input,
#   a break, or a fixed number of next() calls.
# tags: generator
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

list(zip("abc", naturals()))
for f in fib():
    if f > 50:
        break
    print(f, end=" ")
print()
g = naturals()
[next(g) for _ in range(4)]
next(g)
