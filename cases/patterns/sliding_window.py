# case: A sliding window over a stream and a moving sum built on it: each window is a fresh tuple,
#   computed lazily from a generator source.
# tags: patterns
def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

def moving_sums(iterable, size):
    for w in windows(iterable, size):
        yield sum(w)

def readings():
    for value in [3, 1, 4, 1, 5, 9, 2, 6]:
        print("reading", value)
        yield value

list(windows("abcde", 3))
list(windows([1, 2], 3))
m = moving_sums(readings(), 3)
next(m)
next(m)
list(m)
