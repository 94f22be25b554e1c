# case: The value send() returns is what the generator yields next, not what was sent; sent and
#   yielded values travel in opposite directions.
# tags: send
def doubler():
    out = None
    while True:
        got = yield out
        print("in:", got)
        out = got * 2

d = doubler()
next(d)
d.send(1)
d.send("ab")
d.send([0])
