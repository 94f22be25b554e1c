# case: An exception escaping a subgenerator enters the delegator at the `yield from`, where it
#   can be caught; the finished subgenerator cannot be resumed.
# tags: yield_from exceptions
def sub():
    yield 1
    raise ValueError("sub failed")

def delegator():
    s = sub()
    try:
        yield from s
    except ValueError as e:
        print("delegator caught", repr(e))
    print("sub is finished:", s.gi_frame is None)
    yield from s
    print("yield from a finished generator returns at once")
    yield "end"

list(delegator())
