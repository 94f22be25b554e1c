# case: An error in a generator expression's element or condition surfaces when the failing
#   element is requested, not when the expression is created; the expression then finishes.
# tags: exceptions genexp
data = [4, 2, 0, 1]
quotients = (8 // d for d in data)
next(quotients)
next(quotients)
next(quotients)
next(quotients)
checked = (x for x in data if 10 // x > 2)
list(checked)
