# case: Recursive tree walks with yield from: in-order and pre-order traversals of a binary tree,
#   and a walk that returns each subtree's depth through the yield-from value.
# tags: patterns yield_from
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)

def preorder(node, depth=0):
    if node is None:
        return
    yield "  " * depth + str(node.value)
    yield from preorder(node.left, depth + 1)
    yield from preorder(node.right, depth + 1)

def depth_walk(node):
    if node is None:
        return 0
    left = yield from depth_walk(node.left)
    right = yield from depth_walk(node.right)
    yield node.value
    return 1 + max(left, right)

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
list(inorder(tree))
for line in preorder(tree):
    print(line)
def depth_of(t):
    d = yield from depth_walk(t)
    print("depth", d)
list(depth_of(tree))
