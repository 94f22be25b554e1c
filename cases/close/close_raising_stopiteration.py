# case: Returning while handling GeneratorExit is a quiet finish, but raising StopIteration
#   there becomes RuntimeError (PEP 479) out of close().
# tags: close pep479
def returns():
    try:
        yield
    except GeneratorExit:
        return

def raises():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("explicit")

r = returns()
next(r)
r.close()
s = raises()
next(s)
s.close()
s.gi_frame is None
