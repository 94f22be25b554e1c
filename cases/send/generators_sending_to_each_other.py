# case: A generator may send to a different generator while it runs: a producer forwards each
#   item into a consumer coroutine that it holds.
# tags: send patterns
def consumer():
    total = 0
    while True:
        item = yield total
        print("consumer got", item)
        total += item

def producer(sink):
    next(sink)
    for i in [1, 2, 3]:
        t = sink.send(i)
        yield "sent %d, total %d" % (i, t)

c = consumer()
p = producer(c)
list(p)
c.send(100)
