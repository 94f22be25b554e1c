# The engine's `heapq`: the heap functions of CPython's _heapq (Modules/_heapqmodule.c) with
# the same comparisons in the same order (only `<`, the new item on the left when it sifts
# toward the root, the list's size checked after each comparison), and merge/nsmallest/
# nlargest as Lib/heapq.py does them: when they advance each input and call the key. Argument
# errors worded per version are unsupported; the max-heap functions are private before 3.14.
import sys

_V = sys.version_info[:2]


def _check(name, args, n):
    if len(args) != n:
        _unsupported("heapq.%s() with %d arguments" % (name, len(args)))
    if not isinstance(args[0], list):
        if _V < (3, 10):
            raise TypeError("heap argument must be a list")
        which = "argument 1" if n > 1 else "argument"
        raise TypeError("%s() %s must be list, not %s" % (name, which, type(args[0]).__name__))


def _lt(a, b, heap, size):
    r = a < b
    if len(heap) != size:
        raise RuntimeError("list changed size during iteration")
    return r


def _siftdown(heap, startpos, pos, maxheap=False):
    size = len(heap)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        less = _lt(parent, newitem, heap, size) if maxheap else _lt(newitem, parent, heap, size)
        if not less:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos, maxheap=False):
    # Floyd's variant: move the smaller child up to a leaf, then sift the item back down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    limit = endpos >> 1
    while pos < limit:
        right = childpos + 1
        if right < endpos:
            if maxheap:
                less = _lt(heap[right], heap[childpos], heap, endpos)
            else:
                less = _lt(heap[childpos], heap[right], heap, endpos)
            if not less:
                childpos = right
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, maxheap)


def _push(name, args, maxheap):
    _check(name, args, 2)
    heap, item = args
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1, maxheap)


def _pop(name, args, maxheap):
    _check(name, args, 1)
    heap = args[0]
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup(heap, 0, maxheap)
    return top


def _replace(name, args, maxheap):
    _check(name, args, 2)
    heap, item = args
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0, maxheap)
    return top


def _pushpop(name, args, maxheap):
    _check(name, args, 2)
    heap, item = args
    if not heap:
        return item
    top = heap[0]
    less = item < top if maxheap else top < item
    if not less:
        return item
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0, maxheap)
    return top


def _heapify(name, args, maxheap):
    _check(name, args, 1)
    heap = args[0]
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i, maxheap)


def heappush(*args):
    _push("heappush", args, False)


def heappop(*args):
    return _pop("heappop", args, False)


def heapreplace(*args):
    return _replace("heapreplace", args, False)


def heappushpop(*args):
    return _pushpop("heappushpop", args, False)


def heapify(*args):
    _heapify("heapify", args, False)


def _heapify_max(*args):
    _heapify("_heapify_max", args, True)


def _heappop_max(*args):
    return _pop("_heappop_max", args, True)


def _heapreplace_max(*args):
    return _replace("_heapreplace_max", args, True)


if _V >= (3, 14):

    def heapify_max(*args):
        _heapify("heapify_max", args, True)

    def heappush_max(*args):
        _push("heappush_max", args, True)

    def heappop_max(*args):
        return _pop("heappop_max", args, True)

    def heapreplace_max(*args):
        return _replace("heapreplace_max", args, True)

    def heappushpop_max(*args):
        return _pushpop("heappushpop_max", args, True)

    _heappush_max = heappush_max
    _heappushpop_max = heappushpop_max


def merge(*iterables, key=None, reverse=False):
    # Each input is advanced once, in order, before the first value; then the input whose
    # value was yielded is advanced right after the consumer asks for the next value.
    heap = []
    direction = -1 if reverse else 1
    if reverse:
        ify, replace, pop = _heapify_max, _heapreplace_max, _heappop_max
    else:
        ify, replace, pop = heapify, heapreplace, heappop
    order = 0
    for it in map(iter, iterables):
        advance = it.__next__
        try:
            value = advance()
        except StopIteration:
            order += 1
            continue
        if key is None:
            heap.append([value, order * direction, advance])
        else:
            heap.append([key(value), order * direction, value, advance])
        order += 1
    ify(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                if key is None:
                    yield entry[0]
                    entry[0] = entry[2]()
                else:
                    yield entry[2]
                    value = entry[3]()
                    entry[0] = key(value)
                    entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        if key is None:
            yield entry[0]
            yield from entry[2].__self__
        else:
            yield entry[2]
            yield from entry[3].__self__


def _select(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        pick = max if largest else min
        if key is None:
            result = pick(it, default=sentinel)
        else:
            result = pick(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # A heap of the n best so far, worst on top: entries (key, order, elem) with order
    # breaking ties so that earlier elements win, as sorted() would keep them.
    if largest:
        ify, replace, step = heapify, heapreplace, -1
    else:
        ify, replace, step = _heapify_max, _heapreplace_max, 1
    if key is None:
        result = [(elem, i * step) for i, elem in zip(range(n), it)]
        if not result:
            return result
        ify(result)
        top = result[0][0]
        order = n * step
        for elem in it:
            if (top < elem) if largest else (elem < top):
                replace(result, (elem, order))
                top = result[0][0]
                order += step
        result.sort(reverse=largest)
        return [elem for (elem, order) in result]
    result = [(key(elem), i * step, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    ify(result)
    top = result[0][0]
    order = n * step
    for elem in it:
        k = key(elem)
        if (top < k) if largest else (k < top):
            replace(result, (k, order, elem))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    return [elem for (k, order, elem) in result]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)
