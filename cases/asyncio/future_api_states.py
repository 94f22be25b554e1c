# case: Future's state queries and InvalidStateError messages in every state.
# tags: asyncio
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(None)
    print(f.done(), f.result(), f.exception())
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result again:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after:", e)
    print(f.cancel(), f.cancelled())
    g = loop.create_future()
    print(g.cancel(), g.cancel(), g.cancelled(), g.done())
    for meth in (g.result, g.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("cancelled:", repr(e))
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print(e)
    h = loop.create_future()
    h.set_exception(KeyError("k"))
    print(repr(h.exception()))
    try:
        h.result()
    except KeyError as e:
        print("result raised", repr(e))
    print(h.get_loop() is loop)

asyncio.run(main())
