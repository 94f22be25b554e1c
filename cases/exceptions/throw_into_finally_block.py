# case: throw() into a generator suspended inside a `finally` clause: the thrown exception
#   replaces the one the finally was running for, and has it as __context__ (not on 3.6-3.8).
# tags: exceptions throw versions
def g():
    try:
        raise KeyError("pending")
    finally:
        yield "in finally"
        print("finally resumed normally")

gen = g()
next(gen)
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
gen2 = g()
next(gen2)
next(gen2)
