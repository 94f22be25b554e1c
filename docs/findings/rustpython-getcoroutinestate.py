# case: RustPython: inspect.getcoroutinestate() fails (no cr_suspended)
# tags: coroutine introspection
import inspect
async def co():
    pass
c = co()
inspect.getcoroutinestate(c)
c.close()
