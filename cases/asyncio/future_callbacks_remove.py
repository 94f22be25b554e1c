# case: add_done_callback/remove_done_callback counts, callbacks added after done run via call_soon.
# tags: asyncio
import asyncio

def cb1(f): print("cb1", f.result())
def cb2(f): print("cb2", f.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    print("removed", f.remove_done_callback(cb1))
    print("removed", f.remove_done_callback(cb1))
    f.add_done_callback(cb1)
    f.set_result("r")
    print("after set_result")
    f.add_done_callback(cb2)
    print("added late")
    await asyncio.sleep(0)
    print("after one hop")
    print("remove from done", f.remove_done_callback(cb2))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
