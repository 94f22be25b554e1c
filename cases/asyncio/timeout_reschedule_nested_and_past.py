# case: asyncio.timeout: None rescheduled inside, nested timeouts where the outer fires, a past deadline, zero timeout with no await, reschedule before entering, re-entering.
# tags: asyncio cancellation versions
import asyncio, sys
async def main():
    if sys.version_info < (3, 11):
        print("skip")
        return
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(repr(cm.when()), cm.expired())
        cm.reschedule(loop.time() + 0.1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreachable")
async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("TE", type(e).__name__, type(e.__cause__).__name__ if e.__cause__ else None, type(e.__context__).__name__)
    if sys.version_info < (3, 11):
        return
    try:
        async with asyncio.timeout(0.1) as cm:
            async with asyncio.timeout(0.2) as cm2:
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired", cm.expired(), cm2.expired())
    async with asyncio.timeout(0.1) as cm:
        await asyncio.sleep(0)
    print(cm.expired())
    try:
        async with asyncio.timeout(-1) as cm:
            print("in body")
            await asyncio.sleep(0)
            print("not here")
    except TimeoutError:
        print("past deadline", cm.expired())
    try:
        async with asyncio.timeout(0) as cm:
            print("no await")
    except TimeoutError:
        print("no await fired")
    print("ok", cm.expired())
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RE", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RE", e)
asyncio.run(outer())
