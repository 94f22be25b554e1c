# case: 3.8's deprecated Task.current_task()/Task.all_tasks() class methods (DeprecationWarning at the caller's line; all_tasks includes finished tasks), gone in 3.9; names asyncio dropped (async, coroutine in 3.11, the child watchers in 3.14).
# tags: asyncio versions
import asyncio
async def main():
    for name in ("current_task", "all_tasks"):
        f = getattr(asyncio.Task, name, None)
        if f is None:
            print("no", name)
            continue
        r = f()
        print(name, type(r).__name__)
asyncio.run(main())
print(hasattr(asyncio, "async"), hasattr(asyncio, "coroutine"), hasattr(asyncio, "get_child_watcher"))
