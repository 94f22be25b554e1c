# case: Each send(v) resumes the generator with v as the value of the yield expression it is
#   suspended at, and returns the next value yielded.
# tags: send
def echo():
    received = []
    while len(received) < 3:
        value = yield "have %d" % len(received)
        print("received", repr(value))
        received.append(value)
    return received

e = echo()
next(e)
e.send("a")
e.send(2)
e.send([3])
