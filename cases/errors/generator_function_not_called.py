# case: Forgetting to call a generator function: the function object itself is neither an
#   iterator nor iterable, and has no send().
# tags: errors generator
def numbers():
    yield 1
    yield 2

for n in numbers:
    print(n)
next(numbers)
list(numbers)
numbers.send(None)
list(numbers())
