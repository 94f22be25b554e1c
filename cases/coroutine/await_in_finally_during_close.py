# case: close() of a coroutine whose finally awaits something that suspends: 'coroutine ignored GeneratorExit'; awaiting something that finishes at once is fine.
# tags: coroutine close
import types

@types.coroutine
def suspend():
    yield "suspended"

@types.coroutine
def immediate():
    return "immediate"
    yield

async def suspending_finally():
    try:
        await suspend()
    finally:
        print("finally: awaiting a suspension")
        await suspend()

async def immediate_finally():
    try:
        await suspend()
    finally:
        print("finally:", await immediate())

c = suspending_finally()
c.send(None)
c.close()
c.cr_frame is None
d = immediate_finally()
d.send(None)
d.close()
d.cr_frame
