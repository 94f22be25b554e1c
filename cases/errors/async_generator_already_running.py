# case: An async generator asked for its next item while the previous __anext__ is still
#   suspended inside an await: "asynchronous generator is already running" (no error before 3.8).
# tags: errors reentrancy versions
class Pause:
    def __await__(self):
        yield "paused"

async def ticker():
    await Pause()
    yield 1
    yield 2

t = ticker()
first = t.__anext__()
first.send(None)
second = t.__anext__()
second.send(None)
first.send(None)
