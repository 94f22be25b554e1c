# case: close() of a generator delegating to a genexp: closing the genexp releases the generator
#   it iterates, whose finally runs at once, while the delegating generator is still marked
#   running, so its next() on the delegator fails with "generator already executing" and is
#   reported as unraisable (found by the fuzzer).
# tags: close finalization reentrancy genexp yield_from
def outer():
    r = yield from (repr(v) for v in inner())
    print("outer result", r)

def inner():
    try:
        yield "first"
    finally:
        print("inner finally, outer running:", it.gi_running)
        print(next(it, "done"))

it = outer()
next(it)
it.close()
print("closed", it.gi_frame is None)
