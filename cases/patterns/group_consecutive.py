# case: Grouping consecutive equal keys (a hand-written groupby) and run-length encoding and
#   decoding built on it.
# tags: patterns
def group_by(iterable, key=lambda x: x):
    group = []
    current = None
    for item in iterable:
        k = key(item)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(item)
    if group:
        yield current, group

def rle_encode(text):
    for ch, run in group_by(text):
        yield ch, len(run)

def rle_decode(pairs):
    for ch, n in pairs:
        yield from ch * n

list(group_by([1, 1, 2, 3, 3, 3, 1]))
list(group_by(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]))
list(rle_encode("aaabccdddd"))
"".join(rle_decode(rle_encode("aaabccdddd")))
list(rle_encode(""))
