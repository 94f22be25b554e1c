# case: Found by yieldspec fuzz (seed 1, program 250). (reduced)
# tags: coroutine exceptions finalization generator genexp yield_from
async def g0(a):
    try:
        return
    finally:
        print(list((repr(v) for v in range(0))))
