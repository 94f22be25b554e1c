# case: yield used in several statement positions: in a while condition's loop, inside
#   if/elif/else branches, in a with block, and as several values per loop iteration.
# tags: generator
class Ctx:
    def __enter__(self):
        print("enter")
        return "res"
    def __exit__(self, *args):
        print("exit", args[0])
        return False

def shapes(n):
    i = 0
    while i < n:
        if i % 3 == 0:
            yield "fizz", i
        elif i % 3 == 1:
            yield "one", i
            yield "one again", i
        else:
            with Ctx() as r:
                yield r, i
        i += 1

list(shapes(4))
