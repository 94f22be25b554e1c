# case: Condition: wait/notify without the lock, notify(n), notify_all order, wait_for predicate.
# tags: asyncio asyncio_sync errors
import asyncio

async def waiter(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box and box[0] == name or (box and box[0] == "all"))
        print(name, "woke with", box)

async def main():
    cond = asyncio.Condition()
    for meth in (cond.notify, cond.notify_all):
        try:
            meth()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    box = []
    ts = [asyncio.create_task(waiter(cond, n, box)) for n in "xyz"]
    await asyncio.sleep(0)
    async with cond:
        box.append("y")
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        box[0] = "all"
        cond.notify_all()
        print(cond.locked())
    await asyncio.gather(*ts)
    print(repr(cond).split(" at ")[0], repr(cond).split("[")[1])

asyncio.run(main())
