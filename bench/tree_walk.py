# Recursive in-order walk of a balanced binary tree with yield from.
class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))

def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)

tree = build(0, 20000)
total = 0
for _ in range(2):
    for v in walk(tree):
        total += v
print(total)
