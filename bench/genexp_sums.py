# Sums over nested generator expressions.
total = 0
for k in range(4):
    total += sum(x * x for x in range(10000) if x % 3)
    total += sum(a + b for a in range(100) for b in range(k, 100))
print(total)
