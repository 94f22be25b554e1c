# case: A hand-written tee: several independent generators read one source through per-reader
#   buffers, so each source item is produced exactly once.
# tags: patterns
def tee(iterable, n):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def reader(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buf in buffers:
                    buf.append(value)
            yield mine.pop(0)

    return [reader(buf) for buf in buffers]

def source():
    for ch in "xyz":
        print("source produces", ch)
        yield ch

a, b = tee(source(), 2)
next(a)
next(a)
next(b)
list(a)
list(b)
