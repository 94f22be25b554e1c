# case: Under asyncio.run: the loop's hooks are installed, a dropped async generator's finally (with an await) runs in a later iteration, shutdown_asyncgens closes a live one, one started after shutdown, hooks restored after run.
# tags: asyncio async_generator
import asyncio, sys
async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
        await asyncio.sleep(0)
        print("finally after await", tag)
async def main():
    h = sys.get_asyncgen_hooks()
    print(h.firstiter is not None, h.finalizer is not None)
    g = agen("a")
    print(await g.__anext__())
    loop = asyncio.get_running_loop()
    print(len(loop._asyncgens) if hasattr(loop, "_asyncgens") else None)
    del g
    print("deleted")
    await asyncio.sleep(0)
    print("tick 1")
    await asyncio.sleep(0)
    print("tick 2")
    await asyncio.sleep(0)
    print("tick 3")
    g2 = agen("b")
    await g2.asend(None)
    await loop.shutdown_asyncgens()
    print("shutdown done")
    g3 = agen("c")
    try:
        await g3.asend(None)
    except Exception as e:
        print(type(e).__name__)
    print("g3 started")
asyncio.run(main())
print(sys.get_asyncgen_hooks())
