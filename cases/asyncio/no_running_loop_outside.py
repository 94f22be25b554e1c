# case: get_running_loop and current_task outside a running loop.
# tags: asyncio errors
import asyncio

asyncio.get_running_loop()

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    print(asyncio.current_task() is not None)
    return loop

loop = asyncio.run(main())
loop.is_running()
loop.is_closed()
