# case: Summing a range in a for loop: range() hands out values without building a list.
# tags: iterator seed
sum = 0
for i in range(100000):
    sum += i
sum
r = range(100000)
r
type(r)
len(r)
