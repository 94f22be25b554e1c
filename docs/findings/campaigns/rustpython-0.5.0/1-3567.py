# case: Found by yieldspec fuzz (seed 1, program 3567). (reduced)
# tags: async_generator exceptions generator patterns send throw
def drive(ag):
    while True:
        try:
            ag.__anext__().send(None)
        except StopIteration as e:
            pass
async def g0(a):
    yield
s0 = g0(0)
for v in drive(s0):
    pass
s0.athrow().send(None)
