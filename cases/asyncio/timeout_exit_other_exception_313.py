# case: asyncio.timeout() exiting after it fired: 3.11-3.12 turn only CancelledError itself into TimeoutError (a subclass passes); 3.13+ any subclass, and another exception that ended the body (or each member of a group) gets a TimeoutError put between it and the cancellation in its __context__ chain.
# tags: asyncio cancellation versions exception_groups
# python: >=3.11
import asyncio
class MyCancel(asyncio.CancelledError):
    pass
async def body_raises_other():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("after cancel")
    except ValueError as e:
        c = e.__context__
        print("VE", repr(c), repr(c.__context__) if c is not None else None, c.__cause__ is c.__context__ if c is not None else None)
async def body_raises_group():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ExceptionGroup("eg", [KeyError("k")])
    except ExceptionGroup as e:
        print("EG", repr(e.__context__), repr(e.exceptions[0].__context__))
async def body_raises_subclass():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise MyCancel("mine")
    except BaseException as e:
        print("sub", type(e).__name__, e.args)
async def main():
    await body_raises_other()
    await body_raises_group()
    t = asyncio.create_task(body_raises_subclass())
    try:
        await t
    except BaseException as e:
        print("task", type(e).__name__)
    print(asyncio.current_task().cancelling())
asyncio.run(main())
