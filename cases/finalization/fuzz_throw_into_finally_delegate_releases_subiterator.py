# case: After close() was ignored (the generator yielded from a genexp inside its finally), a
#   throw() ends the genexp; the generator the genexp iterates is finalised before the thrown
#   exception reaches the caller on CPython 3.9-3.11, after it on 3.8 and 3.12+ (found by the fuzzer).
# tags: close throw yield_from genexp finalization
class E0(Exception):
    pass

def inner():
    try:
        yield 1
    finally:
        print("inner finally")

def outer():
    try:
        yield 0
    finally:
        yield from (v for v in inner())

o = outer()
next(o)
o.close()
o.throw(E0)
print("after")
