# case: Future(), Task(), ensure_future, create_task, current_task and all_tasks with no running loop, per version (3.14: no implicit loop, and a Task that never got one is not reported when it goes).
# tags: asyncio versions errors
import asyncio, sys
async def c():
    return 1
try:
    f = asyncio.Future()
    print("future ok", f.get_loop().is_running())
except RuntimeError as e:
    print("RE", e)
co = c()
try:
    t = asyncio.Task(co)
    print("task ok")
    t.cancel()
except RuntimeError as e:
    print("RE", e)
co.close()
co = c()
try:
    t = asyncio.ensure_future(co)
    print("ensure ok")
    t.cancel()
except RuntimeError as e:
    print("RE", e)
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
