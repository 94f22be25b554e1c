# case: RustPython: a coroutine that is never awaited gives no RuntimeWarning
# tags: coroutine finalization
async def co():
    pass
c = co()
del c
