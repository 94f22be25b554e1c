# case: throw(GeneratorExit) into a suspended coroutine: caught and awaited again is not an error (unlike close); uncaught it propagates to the caller.
# tags: coroutine close throw
import types

@types.coroutine
def sleep(v):
    yield v

async def stubborn():
    while True:
        try:
            await sleep("tick")
        except GeneratorExit:
            print("caught GeneratorExit")
            await sleep("again")
            return "stubborn done"

async def plain():
    await sleep("once")

s = stubborn()
s.send(None)
s.throw(GeneratorExit)
s.send(None)
p = plain()
p.send(None)
p.throw(GeneratorExit)
p.cr_frame
s2 = stubborn()
s2.send(None)
s2.close()
inspect_state = s2.cr_frame is None
inspect_state
