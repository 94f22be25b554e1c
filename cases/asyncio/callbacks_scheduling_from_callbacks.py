# case: Callbacks that schedule callbacks run in a later iteration; done callbacks added inside a done callback.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    def a():
        log.append("a")
        loop.call_soon(lambda: log.append("a-child"))
    def b():
        log.append("b")
    loop.call_soon(a)
    loop.call_soon(b)
    f = loop.create_future()
    def cb1(fut):
        log.append("cb1")
        fut.add_done_callback(lambda _: log.append("cb-late"))
    f.add_done_callback(cb1)
    f.add_done_callback(lambda _: log.append("cb2"))
    loop.call_soon(f.set_result, None)
    for _ in range(4):
        await asyncio.sleep(0)
        log.append("|")
    print(log)

asyncio.run(main())
