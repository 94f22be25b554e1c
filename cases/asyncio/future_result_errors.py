# case: Future misuse: result() pending, set_result twice, set_exception after done, the messages.
# tags: asyncio errors
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "->", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice ->", e)
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after ->", e)
    print(fut.result(), fut.exception(), fut.cancel())

asyncio.run(main())
