# case: create_task(context=) and TaskGroup.create_task(context=) run tasks in the given context itself; a Runner runs every run() in one context of its own (copied when it was made), asyncio.run in a fresh one each time.
# tags: asyncio versions
# python: >=3.11
import asyncio, contextvars
var = contextvars.ContextVar("v", default="d")
async def show(tag):
    print(tag, var.get())
    var.set(tag)
async def main():
    ctx = contextvars.copy_context()
    t = asyncio.create_task(show("a"), context=ctx)
    await t
    print(ctx[var], var.get())
    t2 = asyncio.create_task(show("b"), context=ctx)
    await t2
    print(ctx[var])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show("tg1"))
        tg.create_task(show("tg2"), context=ctx)
    print(ctx[var], var.get())
    var.set("main")
with asyncio.Runner() as r:
    r.run(main())
    r.run(show("second"))
    r.run(show("third"))
    print("ctx ok", r.get_loop().is_closed())
print(var.get())
asyncio.run(show("run"))
print(var.get())
