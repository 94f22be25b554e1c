# case: While the innermost generator of a yield-from chain runs, gi_running is True for every
#   generator in the chain; the caller sees all of them False when it gets control back.
# tags: introspection yield_from
chain = []

def report():
    for gen in chain:
        print(gen.__name__, "running:", gen.gi_running)

def leaf():
    report()
    yield "leaf"
    report()

def mid():
    m = leaf()
    chain.append(m)
    yield from m

def top():
    m = mid()
    chain.append(m)
    yield from m

t = top()
chain.append(t)
next(t)
[gen.gi_running for gen in chain]
next(t)
[gen.gi_running for gen in chain]
