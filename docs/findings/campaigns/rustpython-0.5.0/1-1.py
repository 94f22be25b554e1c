# case: Found by yieldspec fuzz (seed 1, program 1). (reduced)
# tags: coroutine generator introspection yield_from
import inspect
async def g0(a):
    pass
s1 = g0(0)
inspect.getcoroutinestate(s1)
