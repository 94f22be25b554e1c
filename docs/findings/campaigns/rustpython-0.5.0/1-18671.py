# case: Found by yieldspec fuzz (seed 1, program 18671). (reduced)
# tags: async_generator exceptions finalization generator patterns reentrancy send
async def g0(a):
    for i0 in range(1):
        try:
            print(s2.__anext__().send(None))
        except Exception as e:
            break
        finally:
            continue
    yield
s2 = g0(0)
s2.__anext__().send(None)
