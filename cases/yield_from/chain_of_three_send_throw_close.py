# case: In a chain of three delegators send() and throw() reach the innermost generator and its
#   yields reach the caller; close() unwinds from the inside out.
# tags: yield_from send throw close
def leaf():
    try:
        while True:
            try:
                got = yield "leaf ready"
                print("leaf got", got)
            except KeyError as e:
                print("leaf caught", repr(e))
    finally:
        print("leaf finally")

def level(name, sub):
    try:
        yield from sub
    finally:
        print(name, "finally")

top = level("top", level("mid", leaf()))
next(top)
top.send("hello")
top.throw(KeyError("k"))
top.send(None)
top.close()
top.send(1)
