# case: A sub-generator yields running totals and returns the final one to its delegator.
# tags: yield_from seed
def sum(max):
    tot = 0
    for i in range(max):
       tot += i
       yield tot
    return tot


def coroutine():
    x = yield from sum(10)
    print('Total: {}'.format(x))

list(sum(10))
c = coroutine()
for v in c:
    print(v)
c2 = coroutine()
next(c2)
next(c2)
c2.close()
next(c2)
