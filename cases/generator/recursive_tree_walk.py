# case: Recursion through generators: an in-order walk of a nested-tuple tree re-yields each
#   value of the recursive calls with a for loop, one generator per level.
# tags: generator patterns
def inorder(node, depth=0):
    if node is None:
        return
    left, value, right = node
    for v in inorder(left, depth + 1):
        yield v
    yield (value, depth)
    for v in inorder(right, depth + 1):
        yield v

tree = ((None, "a", None), "b", ((None, "c", None), "d", (None, "e", None)))
list(inorder(tree))
w = inorder(tree)
next(w)
next(w)
list(inorder(None))
