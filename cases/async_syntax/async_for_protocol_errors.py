# case: async for over objects with missing or wrong __aiter__/__anext__.
# tags: async_syntax errors
class NoAiter:
    pass

class AiterNotAsync:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class AiterReturnsNonAnext:
    def __aiter__(self):
        return 5

async def loop(obj):
    out = []
    async for x in obj:
        out.append(x)
    else:
        out.append("else")
    return out

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        print("returned", e.value)
    except Exception as e:
        print(type(e).__name__, e)

for o in (NoAiter(), AiterNotAsync(), Counter(3), AiterReturnsNonAnext(), [1, 2]):
    run(loop(o))
