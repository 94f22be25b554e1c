# case: RustPython: a finished coroutine can be sent to, thrown into and awaited again
# tags: coroutine errors
async def co():
    pass
c = co()
c.close()
c.send(None)
c.throw(ValueError("x"))
list(c.__await__())
