# case: A caller and a callee pass control back and forth with next().
# tags: generator seed
def callee():
    yield 1
    yield 2

x = callee()
i = next(x)
i
i = next(x)
i
i = next(x)
i
