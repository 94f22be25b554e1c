# case: gi_running, gi_frame, gi_code and gi_yieldfrom are read-only. The AttributeError's
#   wording differs by attribute and version: "readonly attribute" (gi_running up to 3.9,
#   gi_frame up to 3.10, gi_code up to 3.11) or "attribute ... is not writable".
# tags: introspection errors versions
def gen():
    yield

g = gen()
g.gi_running = True
g.gi_frame = None
g.gi_code = None
g.gi_yieldfrom = None
g.gi_running
