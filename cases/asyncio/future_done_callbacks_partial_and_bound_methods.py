# case: Done callbacks given as functools.partial, bound methods (equal when bound to the same object: remove_done_callback finds them) and lambdas.
# tags: asyncio
import asyncio, functools

class Rec:
    def __init__(self):
        self.seen = []
    def method(self, fut):
        self.seen.append(("method", fut.result()))

def tagged(tag, fut):
    print("tagged", tag, fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    r = Rec()
    f.add_done_callback(functools.partial(tagged, "p1"))
    f.add_done_callback(r.method)
    f.add_done_callback(lambda fut: print("lambda", fut.result()))
    f.add_done_callback(functools.partial(tagged, "p2"))
    print(f.remove_done_callback(r.method))
    f.add_done_callback(r.method)
    f.set_result(9)
    await asyncio.sleep(0)
    print(r.seen)

asyncio.run(main())
