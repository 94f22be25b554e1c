# case: Task.get_context() (3.12+) is the task's own context, entered while it runs (run() on it is an error there); an eager task runs its first step in its context inside create_task.
# tags: asyncio versions
# python: >=3.12
import asyncio, contextvars
var = contextvars.ContextVar("v", default="d")
async def body(tag):
    var.set(tag)
    t = asyncio.current_task()
    print(tag, t.get_context()[var], t.get_context().get(var))
    try:
        t.get_context().run(print, "x")
    except RuntimeError as e:
        print("RE", str(e)[:30])
    await asyncio.sleep(0)
    return var.get()
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    var.set("m")
    t = asyncio.create_task(body("eager"))
    print("after create", var.get(), t.done())
    print(await t, var.get())
    ctx = t.get_context()
    print(ctx[var], len(ctx))
asyncio.run(main())
