# case: Default task names come from a process-wide counter; name= and set_name; names are str()-ed.
# tags: asyncio
import asyncio

async def nop():
    pass

async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="bee")
    c = asyncio.create_task(nop(), name=42)
    print(a.get_name(), b.get_name(), repr(c.get_name()))
    a.set_name(("tuple", 1))
    print(repr(a.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(nop())
    print(d.get_name())
    await d

asyncio.run(main())
