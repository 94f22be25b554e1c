# case: contextvars with async generators (no context of their own: they see whoever resumes them) and loops run inside Context.run (the task copies that context; its sets stay in the task).
# tags: asyncio async_generator
import asyncio, contextvars
v = contextvars.ContextVar("v", default="-")
async def agen():
    try:
        v.set("agen")
        yield v.get()
        yield v.get()
    finally:
        print("agen finally sees", v.get())
async def main():
    v.set("main")
    g = agen()
    print(await g.__anext__(), v.get())
    v.set("main2")
    print(await g.__anext__())
    await g.aclose()
    g2 = agen()
    await g2.__anext__()
    print("leaving main with g2 suspended", v.get())
    return g2
keep = asyncio.run(main())
print("top", v.get())
c = contextvars.copy_context()
async def co():
    v.set("co")
    await asyncio.sleep(0)
    return v.get()
loop = asyncio.new_event_loop()
print(c.run(loop.run_until_complete, co()))
print(c[v], v.get())
t = c.run(loop.create_task, co())
print(loop.run_until_complete(t), c[v])
loop.close()
