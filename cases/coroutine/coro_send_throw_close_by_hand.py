# case: Driving a coroutine by hand through a types.coroutine awaitable: send, throw, close.
# tags: coroutine send throw close
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def worker():
    total = 0
    try:
        while True:
            try:
                total += await suspend("want")
            except ValueError as e:
                print("worker caught", repr(e))
                total = -total
    finally:
        print("worker finally", total)

c = worker()
c.send(None)
c.send(5)
c.send(7)
c.throw(ValueError("flip"))
c.send(1)
c.close()
c.close()
c.send(None)
c.throw(KeyError)
