# case: Values sent into an asend awaitable while the generator is inside an await reach the await's yield; the value of asend() itself reaches the yield expression.
# tags: async_generator send
import types

@types.coroutine
def ask(q):
    a = yield q
    return a

async def agen():
    x = yield "first"
    print("yield got", x)
    y = await ask("question")
    print("await got", y)
    z = yield "second"
    print("yield got", z)

g = agen()
g.asend(None).send(None)
a = g.asend("sent via asend")
a.send(None)
a.send("sent via awaitable")
a = g.asend("last")
a.send(None)
