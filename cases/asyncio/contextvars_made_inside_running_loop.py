# case: The first ContextVar made inside a running task: the task goes on in a context of its own (its copy was empty), children copy it, and nothing leaks to the next asyncio.run().
# tags: asyncio
import asyncio
async def child(var, n):
    var.set(n)
    await asyncio.sleep(0)
    return var.get()
async def main():
    import contextvars
    var = contextvars.ContextVar("late", default=0)
    var.set(5)
    print(await asyncio.gather(child(var, 1), child(var, 2)))
    print(var.get())
    await asyncio.sleep(0)
    print(var.get())
    return var
v = asyncio.run(main())
print(v.get())
async def main2():
    print("main2", v.get())
asyncio.run(main2())
