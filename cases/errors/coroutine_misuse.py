# case: Native coroutines misused: awaited twice, awaiting an int, and one never awaited
#   (its RuntimeWarning comes when it is dropped).
# tags: errors versions
async def inner():
    print("inner runs")
    return 1

async def outer(c):
    return await c

c = inner()
first = outer(c)
first.send(None)
second = outer(c)
second.send(None)

async def awaits_int():
    await 5

bad = awaits_int()
bad.send(None)

def forget():
    inner()
    print("returned without awaiting")

forget()
