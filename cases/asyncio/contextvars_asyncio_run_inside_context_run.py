# case: contextvars and asyncio.run inside Context.run: the main task copies the entered context, its sets stay in the task; a Context.run of an entered context is refused before the call (the coroutine goes unawaited at the caller's line).
# tags: asyncio errors
import asyncio, contextvars
v = contextvars.ContextVar("v", default="d")
async def main():
    print("main sees", v.get())
    v.set("main")
    await asyncio.sleep(0)
    return v.get()
ctx = contextvars.copy_context()
ctx.run(v.set, "in ctx")
print(ctx.run(asyncio.run, main()))
print(ctx[v], v.get())
try:
    ctx.run(ctx.run, asyncio.run, main())
except RuntimeError as e:
    print("RE", str(e)[:26])
