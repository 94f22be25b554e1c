# case: asyncio.Runner: reuse across runs, close twice, run after close, non-coroutine arguments (3.14 takes awaitables), nested run, a cancelled main, a task left from one run finishing in the next.
# tags: asyncio versions
# python: >=3.11
import asyncio, sys
async def f(x):
    await asyncio.sleep(0)
    return x
if sys.version_info >= (3, 11):
    r = asyncio.Runner()
    print(repr(r)[:8] if False else "runner")
    print(r.run(f(1)))
    print(r.run(f(2)))
    loop = r.get_loop()
    print(loop.is_closed(), loop.is_running())
    r.close()
    print(loop.is_closed())
    r.close()
    try:
        r.run(f(3))
    except RuntimeError as e:
        print("RE", e)
    with asyncio.Runner() as r2:
        print(r2.run(f(4)))
        try:
            r2.run(5)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        fut = r2.get_loop().create_future()
        r2.get_loop().call_soon(fut.set_result, 6)
        try:
            print(r2.run(fut))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        with asyncio.Runner(debug=None) as r3:
            async def nested():
                c = f(1)
                try:
                    r3.run(c)
                finally:
                    c.close()
            r3.run(nested())
    except RuntimeError as e:
        print("RE", e)
    async def cancelme():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    with asyncio.Runner() as r4:
        try:
            r4.run(cancelme())
        except asyncio.CancelledError as e:
            print("CE", repr(e))
    with asyncio.Runner() as r5:
        t = None
        async def mk():
            global t
            t = asyncio.create_task(f(9))
        r5.run(mk())
        print(t.done())
        print(r5.run(f(10)), t.result())
