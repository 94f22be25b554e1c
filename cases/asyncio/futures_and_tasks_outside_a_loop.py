# case: Future(), Task(), ensure_future, create_task, current_task and all_tasks with no running loop on 3.14+ (no implicit loop;
#   a Task that never got one is not reported when it goes). Before 3.14 the main thread gets an implicit loop, other threads
#   do not, so the harness's own threads would differ: only the exception type is printed.
# tags: asyncio versions errors
# python: >=3.14
import asyncio, sys
async def c():
    return 1
try:
    f = asyncio.Future()
    print("future ok", f.get_loop().is_running())
except RuntimeError as e:
    print("RE", type(e).__name__)
co = c()
try:
    t = asyncio.Task(co)
    print("task ok")
    t.cancel()
except RuntimeError as e:
    print("RE", type(e).__name__)
co.close()
co = c()
try:
    t = asyncio.ensure_future(co)
    print("ensure ok")
    t.cancel()
except RuntimeError as e:
    print("RE", type(e).__name__)
co.close()
try:
    asyncio.create_task(c())
except RuntimeError as e:
    print("RE", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RE", e)
try:
    print(len(asyncio.all_tasks()))
except RuntimeError as e:
    print("RE", e)
asyncio.iscoroutinefunction(c), asyncio.iscoroutine(c()), asyncio.iscoroutine(1)
import functools
asyncio.iscoroutinefunction(functools.partial(c))
asyncio.isfuture(asyncio.Future), asyncio.isfuture(1)
