# case: throw() into a coroutine suspended in an await goes down to the innermost generator; caught there, its handler's value comes back as the next yield.
# tags: coroutine throw
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def guarded():
    try:
        yield "waiting"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "done"

async def outer():
    try:
        r = await guarded()
        print("outer got", r)
    except ValueError:
        print("outer caught ValueError")
    return "end"

c = outer()
c.send(None)
c.throw(KeyError("k"))
c.send(None)
c = outer()
c.send(None)
c.throw(ValueError)
c = outer()
c.throw(TypeError("fresh"))
c.cr_frame
