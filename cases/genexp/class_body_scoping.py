# case: In a class body, a generator expression's first iterable sees the class namespace, but
#   the rest of it runs in its own scope, which skips class variables (NameError).
# tags: genexp
class Fine:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)

Fine.doubled

class Broken:
    items = [1, 2, 3]
    factor = 10
    try:
        scaled = list(x * factor for x in items)
    except NameError as e:
        print("NameError:", e)

hasattr(Broken, "scaled")
