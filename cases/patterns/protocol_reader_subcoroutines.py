# case: A push parser for a length-prefixed protocol ("3:abc") built from sub-coroutines joined
#   with yield from: chunks of text are sent in one at a time, and each sub-coroutine returns
#   what it read to the message loop.
# tags: patterns yield_from send
def read_until(stop):
    text = ""
    while True:
        ch = yield
        if ch == stop:
            return text
        text += ch

def read_exact(n):
    text = ""
    while len(text) < n:
        text += yield
    return text

def messages(deliver):
    while True:
        size = yield from read_until(":")
        body = yield from read_exact(int(size))
        deliver(body)

def feed(parser, data):
    for ch in data:
        parser.send(ch)

got = []
p = messages(got.append)
next(p)
feed(p, "3:abc5:hel")
got
feed(p, "lo0:2:ok")
got
p.gi_yieldfrom.__name__
feed(p, "x:")
