# case: Awaiting an __await__ iterator that has only __next__: send(value) is an AttributeError at the await, throw() is raised at the await, close() just closes the coroutine.
# tags: coroutine send throw close
class OnlyNext:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return "step %d" % self.n

class Awaitable:
    def __await__(self):
        return OnlyNext()

async def coro():
    try:
        r = await Awaitable()
        print("result", r)
    except Exception as e:
        print("coro caught", type(e).__name__, e)
        return "handled"
    finally:
        print("coro finally")

c = coro()
c.send(None)
c.send(None)
c.send("value")
c = coro()
c.send(None)
c.throw(KeyError("k"))
c = coro()
c.send(None)
c.close()
c.cr_frame
