# case: Found by yieldspec fuzz (seed 1, program 1493). (reduced)
# tags: exceptions finalization generator introspection patterns yield_from
def g0(a):
    try:
        raise E1("g0.1")
    finally:
        yield
s0 = g0(0)
try:
    box = {}
    box.update(enumerate(s0))
finally:
    print(box)
