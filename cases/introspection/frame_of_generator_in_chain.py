# case: A delegator suspended in `yield from` reports the line of the `yield from`, its delegate
#   the line of its own yield; a generator's frame function name is its code's co_name.
# tags: introspection yield_from
def leaf():
    yield "a"
    yield "b"

def top():
    first = "x"
    yield from leaf()

t = top()
next(t)
t.gi_frame.f_lineno
t.gi_yieldfrom.gi_frame.f_lineno
next(t)
t.gi_yieldfrom.gi_frame.f_lineno
t.gi_frame.f_code.co_name
t.gi_yieldfrom.gi_frame.f_code.co_name
