# case: PyPy: a coroutine whose first send(non-None) failed is not reported as never awaited
# tags: coroutine finalization
async def co():
    pass
c = co()
c.send(1)
del c
