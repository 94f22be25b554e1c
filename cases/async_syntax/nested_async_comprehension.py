# case: A comprehension containing an async comprehension inside an async def: a SyntaxError on 3.8-3.10, allowed from 3.11.
# tags: async_syntax versions
# python: >=3.11
import types

async def agen():
    yield 1
    yield 2

async def main():
    return [[x async for x in agen()] for _ in range(2)]

print(main.__name__)
