# case: A coroutine that validates what it is sent: a bad value is handled inside and reported
#   through the next yielded value, so the coroutine keeps running.
# tags: send exceptions
def parser():
    reply = "ready"
    while True:
        text = yield reply
        try:
            reply = int(text) * 2
        except (TypeError, ValueError) as e:
            reply = "error: %s" % type(e).__name__

p = parser()
next(p)
p.send("21")
p.send("x")
p.send(None)
p.send("4")
