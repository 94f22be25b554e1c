# case: list and tuple iterators: their type names, len via list(), and a list growing while a
#   for loop walks it (the loop sees the new items).
# tags: iterator
it = iter([10, 20])
type(it).__name__
type(iter((1,))).__name__
type(iter([])).__name__
next(it)
next(it)
next(it)
t = iter((1, 2, 3))
next(t)
tuple(t)
grow = [1, 2, 3]
for x in grow:
    if x < 5:
        grow.append(x + 3)
    print(x)
grow
