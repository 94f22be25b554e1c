# case: A batching coroutine: items sent in are buffered and passed on in batches of three; a
#   thrown Flush exception forces out a partial batch, and close() flushes what is left.
# tags: patterns send throw close
class Flush(Exception):
    pass

def batcher(size, out):
    batch = []
    try:
        while True:
            try:
                batch.append((yield len(batch)))
            except Flush:
                print("flush requested")
                if batch:
                    out(batch)
                    batch = []
                continue
            if len(batch) == size:
                out(batch)
                batch = []
    finally:
        if batch:
            out(batch)

def show(batch):
    print("batch", batch)

b = batcher(3, show)
next(b)
for item in "abcde":
    b.send(item)
b.throw(Flush)
b.send("f")
b.send("g")
b.close()
