# case: async with with several items: entered left to right, exited right to left; a failing second __aenter__ exits only the first; a suppressing inner exit hides the exception from the outer.
# tags: async_syntax exceptions
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    async def __aenter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, repr(v))
        return self.suppress

async def both():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
        raise KeyError("body")

async def second_fails():
    async with CM("a"), CM("b", fail_enter=True):
        print("not reached")

async def inner_suppresses():
    async with CM("outer"), CM("inner", suppress=True):
        raise KeyError("hidden")
    return "suppressed"

for fn in [both, second_fails, inner_suppresses]:
    try:
        print(fn.__name__, run(fn()))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
