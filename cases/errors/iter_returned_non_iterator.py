# case: An __iter__ returning something that is not an iterator (an int, a list, None) is
#   rejected by iter() and for with "iter() returned non-iterator of type '...'".
# tags: errors iterator
class ReturnsInt:
    def __iter__(self):
        return 5

class ReturnsList:
    def __iter__(self):
        return [1, 2]

class ReturnsNone:
    def __iter__(self):
        pass

iter(ReturnsInt())
iter(ReturnsList())
for x in ReturnsNone():
    print(x)
list(ReturnsList())
class ReturnsListIterator:
    def __iter__(self):
        return iter([1, 2])

list(ReturnsListIterator())
