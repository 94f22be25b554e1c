# case: The classes' names and modules as CPython shows them (C Task/Future, locks, queues, loop).
# tags: asyncio introspection versions
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    objs = [loop.create_future(), asyncio.current_task(), asyncio.Event(), asyncio.Lock(),
            asyncio.Semaphore(), asyncio.BoundedSemaphore(), asyncio.Condition(),
            asyncio.Queue(), asyncio.LifoQueue(), asyncio.PriorityQueue(),
            loop.call_soon(print), loop.call_later(1, print), asyncio.sleep(0)]
    for o in objs:
        t = type(o)
        print(t.__module__, t.__qualname__, t)
    objs[-1].close()
    objs[-2].cancel()
    print(asyncio.Future, asyncio.Task, asyncio.Handle, asyncio.TimerHandle)
    print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError)
    print(asyncio.QueueEmpty, asyncio.QueueFull, asyncio.iscoroutinefunction(main))
    print(asyncio.Future.__mro__, asyncio.Task.__mro__)

asyncio.run(main())
