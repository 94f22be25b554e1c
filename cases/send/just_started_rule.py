# case: send() of a non-None value to a just-started generator raises TypeError without running
#   the body; the generator is still fresh and usable afterwards.
# tags: send errors
def worker():
    print("body starts")
    x = yield "ready"
    print("got", x)
    yield "done"

w = worker()
w.send("too early")
w.gi_frame is None
w.send("again too early")
next(w)
w.send("now fine")
next(w)
