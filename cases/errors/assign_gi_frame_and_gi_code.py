# case: gi_frame, gi_code and gi_yieldfrom cannot be assigned either; their messages changed in
#   different versions (gi_frame from 3.11, gi_code from 3.12, gi_yieldfrom always long).
# tags: errors introspection versions
def gen():
    yield 1

g = gen()
g.gi_frame = None
g.gi_code = None
g.gi_yieldfrom = None
g.gi_frame is None
next(g)
