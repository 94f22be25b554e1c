# case: A caller waiting for StopIteration to mark the end does not catch the RuntimeError that
#   a StopIteration raised inside the generator became.
# tags: pep479
def broken():
    yield "a"
    raise StopIteration

def consume(gen):
    items = []
    try:
        while True:
            items.append(next(gen))
    except StopIteration:
        print("normal end after", items)
    return items

consume(iter(["x", "y"]))
consume(broken())
print("the RuntimeError escaped consume()")
