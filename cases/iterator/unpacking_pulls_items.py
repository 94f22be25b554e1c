# case: Unpacking pulls items from an iterator: one more than needed to check the length;
#   too many or too few items give ValueError with the counts; star targets take the rest.
# tags: iterator
def source(n):
    for i in range(n):
        print("yield", i)
        yield i

a, b = source(2)
(a, b)
a, b = source(4)
a, b, c = source(2)
first, *rest = source(3)
(first, rest)
*init, last = iter("xyz")
(init, last)
x, = source(1)
x
