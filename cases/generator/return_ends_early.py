# case: A return inside a loop ends the generator at once; code after it never runs and the
#   enclosing finally blocks run on the way out.
# tags: generator
def first_negative(numbers):
    try:
        for n in numbers:
            if n < 0:
                print("found", n)
                return n
            yield n
        print("no negatives")
    finally:
        print("cleanup")

list(first_negative([3, 1, -4, 1]))
list(first_negative([2, 7]))
g = first_negative([-1, 5])
next(g)
next(g)

def bare():
    yield 1
    return
    yield 2

list(bare())
