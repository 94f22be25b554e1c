# case: cancel() of a Future, a Task and a gather takes a message from 3.9; on 3.8 each refuses any argument (the C methods take none, the gather's Python method has no msg parameter), and a cancel inside the task machinery still works.
# tags: asyncio
import asyncio


def attempt(label, call):
    try:
        print(label, call())
    except TypeError as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("future positional", lambda: f.cancel("m"))
    attempt("future keyword", lambda: f.cancel(msg="m"))
    attempt("future none", lambda: f.cancel(None))
    attempt("future bare", lambda: f.cancel())
    t = asyncio.ensure_future(asyncio.sleep(1))
    await asyncio.sleep(0)
    attempt("task positional", lambda: t.cancel("m"))
    attempt("task keyword", lambda: t.cancel(msg="m"))
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0)
    attempt("gather positional", lambda: g.cancel("m"))
    attempt("gather keyword", lambda: g.cancel(msg="m"))
    print("bare", t.cancel(), g.cancel())
    for aw in (t, g):
        try:
            await aw
        except asyncio.CancelledError as e:
            print("cancelled", e.args)


asyncio.run(main())
