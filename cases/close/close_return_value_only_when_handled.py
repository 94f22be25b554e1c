# case: close() returns nothing on every version when the generator had already finished, even
#   with a return value, or when it just lets GeneratorExit through its finally; only a value
#   returned while handling GeneratorExit comes back (3.13+).
# tags: close versions
def gen():
    try:
        yield 1
    except GeneratorExit:
        return "handled"
    return "normal"

done = gen()
next(done)
next(done)
done.close()
passthrough_calls = []
def passthrough():
    try:
        yield 1
    finally:
        passthrough_calls.append("finally")

p = passthrough()
next(p)
p.close()
passthrough_calls
h = gen()
next(h)
h.close()
