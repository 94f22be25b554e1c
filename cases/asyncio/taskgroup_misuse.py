# case: TaskGroup misuse: create_task before entering, entering twice, after exit; repr.
# tags: asyncio errors versions
# python: >=3.11
import asyncio

async def noop():
    return 1

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        print(repr(tg).replace(" entered", " ENTERED"))
        t = tg.create_task(noop(), name="n")
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg), t.result())
    c2 = noop()
    try:
        tg.create_task(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
