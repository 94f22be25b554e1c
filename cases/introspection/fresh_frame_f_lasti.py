# case: The frame of a fresh generator reports f_lasti 0 on 3.11-3.12 (-1 up to 3.10, 2 on 3.13)
#   and its definition line as f_lineno.
# tags: introspection versions
def gen():
    x = 1
    yield x

g = gen()
g.gi_frame.f_lasti
g.gi_frame.f_lineno
