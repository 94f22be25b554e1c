# case: A list comprehension next to the same expression in parentheses: a generator.
# tags: genexp seed
[ x * 2 for x in range(10) ]
(x * 2 for x in range(10))
gen = (x * 2 for x in range(10))
next(gen)
next(gen)
list(gen)
list(gen)
sum(x * 2 for x in range(10))
