# case: While a loop runs, sys.get_asyncgen_hooks() holds its firstiter and finalizer; outside they
#   are None.
# tags: asyncio introspection
import asyncio
import sys

print(sys.get_asyncgen_hooks())

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
