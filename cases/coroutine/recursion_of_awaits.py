# case: A coroutine awaiting itself recursively (a tree sum), driven to completion.
# tags: coroutine patterns
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def tick(v):
    yield v

async def tree_sum(node):
    if isinstance(node, int):
        await tick(node)
        return node
    total = 0
    for child in node:
        total += await tree_sum(child)
    return total

run(tree_sum([1, [2, 3], [[4]], 5]))
