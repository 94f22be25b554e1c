# case: Future.set_exception of StopIteration: 3.8-3.12 refuse it with a TypeError (a subclass is stored as it is); 3.13+ store a RuntimeError caused by it, for subclasses too.
# tags: asyncio versions errors
import asyncio
class SI(StopIteration):
    pass
async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.set_exception(SI(3))
        print("set", repr(f.exception()), repr(f.exception().__cause__) if f.exception() is not None else None)
    except TypeError as e:
        print("TE", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.set_exception(StopIteration)
        print("set", repr(f2.exception()), repr(f2.exception().__cause__))
    except TypeError as e:
        print("TE", e)
asyncio.run(main())
