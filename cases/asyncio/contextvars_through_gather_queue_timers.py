# case: contextvars through asyncio's machinery: gather children and wait_for's inner task copy their parent's context, Queue hand-offs keep each side's, a call_later timer runs in its copy, shield, done callbacks with context=, and (3.12+) the exception handler runs in the failing callback's context.
# tags: asyncio versions
import asyncio, contextvars
req = contextvars.ContextVar("req", default=None)
log = []
async def handler(n):
    req.set(n)
    await asyncio.sleep(0.01 * n)
    inner = await asyncio.wait_for(sub(), 1)
    return (n, req.get(), inner)
async def sub():
    await asyncio.sleep(0)
    return req.get()
async def main():
    results = await asyncio.gather(*(handler(i) for i in range(1, 4)))
    print(results)
    print(req.get())
    q = asyncio.Queue()
    async def producer():
        req.set("producer")
        for i in range(2):
            await q.put((i, req.get()))
    async def consumer():
        req.set("consumer")
        for i in range(2):
            item = await q.get()
            print("consumed", item, req.get())
    await asyncio.gather(producer(), consumer())
    loop = asyncio.get_running_loop()
    req.set("at call_later")
    loop.call_later(0.01, lambda: print("timer sees", req.get()))
    req.set("changed")
    await asyncio.sleep(0.02)
    r = await asyncio.shield(sub())
    print("shield", r)
    fut = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(req.set, "cb ctx")
    fut.add_done_callback(lambda f: print("cb", req.get()), context=ctx)
    fut.set_result(None)
    await asyncio.sleep(0)
    def handler_fn(loop, context):
        print("exc handler sees", req.get())
    loop.set_exception_handler(handler_fn)
    req.set("before bad callback")
    loop.call_soon(lambda: 1/0)
    await asyncio.sleep(0)
asyncio.run(main())
