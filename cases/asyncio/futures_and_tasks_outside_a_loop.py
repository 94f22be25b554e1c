# case: Future(), Task(), ensure_future, create_task, current_task and all_tasks with no loop at all (set_event_loop(None)
#   first, so no version makes one implicitly on any thread): a Task that never got a loop is not reported when it goes.
#   The message names the thread, so only the exception type is printed.
# tags: asyncio versions errors
import asyncio, sys
asyncio.set_event_loop(None)
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
