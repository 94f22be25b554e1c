# case: slice.indices() for the windows a generator pipeline takes: clamping of start, stop and
#   step to a length (negative, missing and out-of-range bounds), and its errors.
# tags: python generator errors
def windows(seq, s):
    start, stop, step = s.indices(len(seq))
    for i in range(start, stop, step):
        yield seq[i]


data = list(range(10))
for s in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(8, 2, -2), slice(-100, 100, 3), slice(5, -100, -1), slice(None, -1)):
    print(s, s.indices(10), list(windows(data, s)))
slice(1, 5).indices(0), slice(-1, None, -1).indices(3), slice(0, 2).indices(1)
for bad in (lambda: slice(None, None, 0).indices(5), lambda: slice(1).indices(-1)):
    try:
        bad()
    except ValueError as e:
        print(e)
