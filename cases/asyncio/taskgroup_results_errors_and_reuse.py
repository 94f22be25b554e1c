# case: TaskGroup results and names, a failing child cancelling a sibling, body and child errors together, repr, re-entering and create_task after exit.
# tags: asyncio exception_groups
# python: >=3.11
import asyncio, sys
async def ok(n, d):
    await asyncio.sleep(d)
    print("ok", n)
    return n
async def bad(n, d):
    await asyncio.sleep(d)
    raise ValueError(n)
async def main():
    if sys.version_info < (3, 11):
        print("skip"); return
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(1, 0.1))
        b = tg.create_task(ok(2, 0.05), name="second")
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1, 0.1))
            c = tg.create_task(ok(3, 0.2))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("EG", repr(eg.exceptions), c.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(2, 0.1))
            raise KeyError("body")
    except* KeyError as eg:
        print("KE", repr(eg.exceptions))
    except* ValueError as eg:
        print("VE", repr(eg.exceptions))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg).startswith("<TaskGroup"), repr(tg))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RE", e)
    co = ok(9, 0)
    try:
        tg.create_task(co)
    except RuntimeError as e:
        print("RE", e)
    co.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(3, 0))
            tg.create_task(bad(4, 0))
    except ExceptionGroup as eg:
        print(eg, [str(e) for e in eg.exceptions])
asyncio.run(main())
