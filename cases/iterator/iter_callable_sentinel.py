# case: iter(callable, sentinel) calls the callable until it returns the sentinel (compared
#   with ==), which is not produced; afterwards the iterator stays exhausted.
# tags: iterator
def make_reader(data):
    pos = [0]
    def read():
        if pos[0] < len(data):
            pos[0] += 1
            return data[pos[0] - 1]
        return ""
    return read

reader = make_reader(["a", "b", "", "c"])
it = iter(reader, "")
type(it).__name__
list(it)
next(it, "exhausted")
reader()
count = [0]
def tick():
    count[0] += 1
    return count[0]

list(iter(tick, 4.0))
