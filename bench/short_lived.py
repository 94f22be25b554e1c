# Many short-lived generators: created, advanced a little, dropped.
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        pass

total = 0
for i in range(20000):
    g = countdown(i % 7 + 1)
    total += next(g)
    if i % 3 == 0:
        total += sum(g)
print(total)
