# case: An async generator dropped in a task is closed by asyncio's finalizer hook in a new task that copies the dropping task's context: its finally sees that task's variables.
# tags: asyncio async_generator finalization
import asyncio, contextvars
v = contextvars.ContextVar("v", default="d")
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally sees", v.get())
async def dropper(tag):
    v.set(tag)
    g = agen()
    await g.__anext__()
    del g
    await asyncio.sleep(0)
    print("dropper done", tag)
async def main():
    v.set("main")
    await asyncio.gather(dropper("t1"), dropper("t2"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
asyncio.run(main())
