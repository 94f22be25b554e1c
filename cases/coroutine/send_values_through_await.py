# case: Values sent into a coroutine reach the yield of the types.coroutine generator it awaits, several levels down.
# tags: coroutine send
import types

def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

@types.coroutine
def ask(q):
    answer = yield q
    return answer

async def dialog():
    name = await ask("name?")
    age = await ask("age?")
    return (name, age)

d = dialog()
d.send(None)
d.send("ada")
d.send(36)
d.send(None)
