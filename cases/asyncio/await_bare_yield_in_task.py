# case: A task whose coroutine yields a bare value (a generator-based awaitable yielding None) is
#   rescheduled; yielding a non-future is a RuntimeError.
# tags: asyncio errors
import asyncio

class Bare:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield self.value
        return "resumed"

async def main():
    print(await Bare(None))
    try:
        print(await Bare(5))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
