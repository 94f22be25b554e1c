# case: A coroutine that sends into itself, awaits itself, or is closed while running.
# tags: coroutine reentrancy errors
import types

holder = []

@types.coroutine
def step():
    yield

async def selfish():
    c = holder[0]
    for action in ("send", "close", "throw"):
        try:
            if action == "send":
                c.send(None)
            elif action == "close":
                c.close()
            else:
                c.throw(KeyError)
        except Exception as e:
            print(action, type(e).__name__, e)
    await step()
    try:
        await c
    except Exception as e:
        print("await self:", type(e).__name__, e)
    return "done"

c = selfish()
holder.append(c)
c.send(None)
print(c.cr_running, c.cr_await)
c.send(None)
