# case: Even though a fresh generator's body never runs, the exception thrown into it has a
#   traceback entry for the generator's frame, after the caller's own.
# tags: throw exceptions
def fresh():
    print("never printed")
    yield

def frame_names(exc):
    names = []
    t = exc.__traceback__
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    return names

def call_throw():
    fresh().throw(KeyError("k"))

try:
    call_throw()
except KeyError as e:
    print(frame_names(e))
