# case: wait() on plain futures set by callbacks; the done/pending sets are of the same objects.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fs = [loop.create_future() for _ in range(3)]
    loop.call_later(0.2, fs[1].set_result, "b")
    loop.call_later(0.1, fs[0].set_exception, ValueError("a"))
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), fs[0] in done, repr(fs[0].exception()))
    done, pending = await asyncio.wait(fs, timeout=0.5)
    print(len(done), len(pending), fs[2] in pending)
    fs[2].cancel()
    done, pending = await asyncio.wait(fs)
    print(len(done), [f.cancelled() for f in fs])

asyncio.run(main())
