# case: PEP 342 send(): values flow into the generator at each yield; the last send ends it.
# tags: send seed
def coroutine1():
    print('callee 1')
    x = yield 1
    print('callee 2: %d' % x)
    x = yield 2
    print('callee 3: %d' % x)

task = coroutine1()
i = next(task)
i
i = task.send(10)
i
task.send(20)
task.send(30)
fresh = coroutine1()
fresh.send(5)
fresh.send(None)
