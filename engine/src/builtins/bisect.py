# The engine's `bisect`: CPython's _bisect (Modules/_bisectmodule.c): bisect_right compares
# `item < a[mid]`, bisect_left `a[mid] < item`, with `key` (3.10+) applied to a[mid] only;
# insort inserts with the list's insert (any other sequence's `insert` method).
import sys

_V = sys.version_info[:2]


def _bounds(a, lo, hi):
    if lo < 0:
        # Reworded in 3.15.
        raise ValueError("lo cannot be negative" if _V >= (3, 15) else "lo must be non-negative")
    if hi is None:
        hi = len(a)
    return lo, hi


def _key_arg(key):
    if key is not None and _V < (3, 10):
        _unsupported("bisect's key argument before 3.10")
    return key


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    key = _key_arg(key)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if x < probe:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    key = _key_arg(key)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if probe < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    pos = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(pos, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    pos = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(pos, x)


bisect = bisect_right
insort = insort_right
