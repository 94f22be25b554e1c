# case: get_event_loop at top level and after asyncio.run: per-version behaviour (3.12 deprecation,
#   3.14 error).
# tags: asyncio versions
import asyncio

async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

asyncio.run(main())
try:
    loop = asyncio.get_event_loop()
    print("got a loop", loop.is_running())
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" in thread")[0])
