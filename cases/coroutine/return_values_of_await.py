# case: What await returns: the coroutine's return value, a tuple, an exception instance, a StopIteration's value from an __await__ iterator, None from a bare return.
# tags: coroutine
def run(coro):
    """Drive a coroutine by hand: send None until it finishes; print what it yields."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value

class StopsWith:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(self.value)

async def tuple_():
    return (1, 2)

async def exc():
    return ValueError("a value")

async def bare():
    return

async def main():
    print(await tuple_())
    print(repr(await exc()))
    print(await bare())
    print(await StopsWith("stopped"))
    print(await StopsWith((3, 4)))
    return StopIteration("wrapped")

r = run(main())
repr(r)
c = tuple_()
c.send(None)
