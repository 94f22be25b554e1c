# case: Re-entering a generator through other code while it runs (a callback it calls, or a
#   for loop over itself) raises ValueError: generator already executing at the inner call.
# tags: errors reentrancy
def pump(callback):
    for i in range(3):
        callback(i)
        yield i

def on_item(i):
    print("callback", i, "running:", p.gi_running)
    if i == 1:
        next(p)

p = pump(on_item)
next(p)
next(p)
next(p)

def loops_over_itself():
    yield "start"
    for x in it:
        yield x

it = loops_over_itself()
next(it)
next(it)
