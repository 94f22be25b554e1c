# case: A generator reads and writes the same attribute names on instances whose dicts hold
#   them in different orders (set in different orders, deleted and added again, missing): each
#   access finds that instance's own attribute, and a missing one raises AttributeError.
# tags: generator patterns
class Box:
    pass

def make(order):
    b = Box()
    for name in order:
        setattr(b, name, name.upper() + str(len(order)))
    return b

boxes = [make("abc"), make("cba"), make("bca"), make("ab"), make("ba")]
del boxes[2].a
boxes[2].a = "again"

def reader(items):
    for b in items:
        yield b.a, b.b
        b.b = b.a + "!"
        yield b.b, hasattr(b, "c")
        yield b.c

for item in reader(boxes):
    print(item)
[b.__dict__ for b in boxes]

def counter(items):
    for b in items:
        b.a = b.a + "?"
        yield b.a
[x for x in counter(boxes)]
