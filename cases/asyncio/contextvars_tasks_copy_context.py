# case: asyncio and contextvars: each task runs in a copy of the context current when it was made, callbacks in a copy made by call_soon (or the context= given), done callbacks in a copy made by add_done_callback; sets in a task do not leak out.
# tags: asyncio
import asyncio
import contextvars
var = contextvars.ContextVar("var", default="unset")
async def worker(n):
    print("start", n, var.get())
    var.set(n)
    await asyncio.sleep(0)
    print("after", n, var.get())
    return var.get()
async def main():
    var.set("main")
    r = await asyncio.gather(worker(1), worker(2))
    print(r, var.get())
    t = asyncio.create_task(worker(3))
    var.set("main2")
    await t
    print(var.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("cb sees", var.get()))
    ctx = contextvars.copy_context()
    var.set("main3")
    loop.call_soon(lambda: print("cb ctx sees", var.get()), context=ctx)
    def setter():
        var.set("from cb")
        print("cb set", var.get())
    loop.call_soon(setter)
    await asyncio.sleep(0)
    print("main after cbs", var.get(), ctx[var])
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb sees", var.get()))
    var.set("main4")
    fut.set_result(1)
    await asyncio.sleep(0)
var.set("top")
asyncio.run(main())
print(var.get())
