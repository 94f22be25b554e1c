# case: __aiter__ that raises, returns a non-async-iterator, or is missing: what 'async for' reports, and that nothing of the loop body runs.
# tags: async_generator errors
class Raises:
    def __aiter__(self):
        raise ValueError("no iterator today")

class ReturnsPlain:
    def __aiter__(self):
        return iter([1, 2])

class NoAiter:
    pass

async def loop(obj):
    async for x in obj:
        print("body", x)
    return "done"

def drive(obj):
    try:
        loop(obj).send(None)
    except BaseException as e:
        return (type(e).__name__, str(e))

drive(Raises())
drive(ReturnsPlain())
drive(NoAiter())
