# case: After a generator is finished the introspection attributes settle: gi_frame and
#   gi_yieldfrom None, gi_running False, while gi_code and the names remain.
# tags: introspection
def gen():
    yield from [1]

g = gen()
list(g)
g.gi_frame, g.gi_yieldfrom, g.gi_running
g.gi_code.co_name
g.__name__, g.__qualname__
g
