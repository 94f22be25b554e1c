# The engine's `itertools`: the iterator classes of CPython's itertools module, in the Python the
# engine runs, each following the order of steps of its C `__next__` in Modules/itertoolsmodule.c
# (when it calls the underlying iterator, the key or the predicate, and when it drops the
# iterator: an exhausted islice, cycle, pairwise or batched releases it at once, so a generator
# it held is finalized there). `tee` is the engine's (given as `_tee`).
import sys

_V = sys.version_info[:2]
# The message of a negative r (combinations, permutations): reworded in 3.15.
_R_NEGATIVE = "r cannot be negative" if _V >= (3, 15) else "r must be non-negative"
tee = _tee


def _eq(a, b):
    # PyObject_RichCompareBool: identity first, then ==.
    return a is b or bool(a == b)


def _ssize(v):
    # PyNumber_AsSsize_t: an int (or an object with __index__), else None.
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        return None
    return index(v)


class count:
    __module__ = "itertools"

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not isinstance(v, (int, float)) and not any(hasattr(t, m) for m in ("__index__", "__int__", "__float__", "__complex__")):
                raise TypeError("a number is required")
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        r = self._cnt
        self._cnt = r + self._step
        return r

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(%r)" % (self._cnt,)
        return "count(%r, %r)" % (self._cnt, self._step)


class cycle:
    __module__ = "itertools"

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            it = self._it
            try:
                item = next(it)
            except StopIteration:
                pass
            else:
                if not self._firstpass:
                    self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index += 1
        if self._index >= len(self._saved):
            self._index = 0
        return item


class repeat:
    __module__ = "itertools"

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            n = _ssize(times)
            if n is None:
                raise TypeError(
                    "'%s' object cannot be interpreted as an integer" % type(times).__name__
                )
            self._cnt = max(n, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __repr__(self):
        if self._cnt == -1:
            return "repeat(%r)" % (self._element,)
        return "repeat(%r, %d)" % (self._element, self._cnt)


class accumulate:
    __module__ = "itertools"

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        if self._total is None:
            self._total = val
        elif self._func is None:
            self._total = self._total + val
        else:
            self._total = self._func(self._total, val)
        return self._total


class chain:
    __module__ = "itertools"

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except BaseException:
                    self._source = None
                    raise
                try:
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
                del iterable
            try:
                return next(self._active)
            except StopIteration:
                pass
            self._active = None
        raise StopIteration


class compress:
    __module__ = "itertools"

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    __module__ = "itertools"

    def __init__(self, predicate, iterable):
        self._func = predicate
        self._it = iter(iterable)
        self._start = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item


class takewhile:
    __module__ = "itertools"

    def __init__(self, predicate, iterable):
        self._func = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    __module__ = "itertools"

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if self._func is None or self._func is bool:
                ok = bool(item)
            else:
                ok = bool(self._func(item))
            if not ok:
                return item


class starmap:
    __module__ = "itertools"

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class islice:
    __module__ = "itertools"

    def __init__(self, iterable, *args):
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        start, stop, step = 0, -1, 1
        stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if len(args) == 1:
            if args[0] is not None:
                stop = _ssize(args[0])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[0] is not None:
                start = _ssize(args[0])
                if start is None:
                    start = -1
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or stop < -1:
            raise ValueError(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            )
        if len(args) == 3 and args[2] is not None:
            step = _ssize(args[2])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if self._stop != -1 and self._cnt >= self._stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            self._it = None
            del it
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if self._next < old or (self._stop != -1 and self._next > self._stop):
            self._next = self._stop
        return item


class zip_longest:
    __module__ = "itertools"

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                self._its[i] = None
                item = self._fill
            except BaseException:
                self._active = 0
                raise
            result.append(item)
        return tuple(result)


class groupby:
    __module__ = "itertools"

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = None
        self._has_tgt = self._has_curr = self._has_value = False
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue, self._has_value = value, True
        self._currkey, self._has_curr = key, True

    def __next__(self):
        self._currgrouper = None
        while True:
            if not self._has_curr:
                pass
            elif not self._has_tgt:
                break
            elif not _eq(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey, self._has_tgt = self._currkey, True
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    __module__ = "itertools"

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if not gbo._has_value:
            gbo._step()
        if not _eq(self._tgtkey, gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue, gbo._has_value = None, False
        gbo._currkey, gbo._has_curr = None, False
        return r


class _pools:
    # The combinatoric iterators: they read their input whole when made, and yield from a
    # generator over the saved tuple.
    __module__ = "itertools"

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_pools):
    __module__ = "itertools"

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat is None:
            raise TypeError("integer argument expected")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [x + (y,) for x in result for y in pool]
        for prod in result:
            yield prod


class permutations(_pools):
    __module__ = "itertools"

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _ssize(r)
            if r is None:
                raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError(_R_NEGATIVE)
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_pools):
    __module__ = "itertools"

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError(_R_NEGATIVE)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_pools):
    __module__ = "itertools"

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _ssize(r)
        if r is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError(_R_NEGATIVE)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


if _V >= (3, 10):

    class pairwise:
        __module__ = "itertools"

        def __init__(self, iterable):
            self._it = iter(iterable)
            self._old = None
            self._has_old = False

        def __iter__(self):
            return self

        def __next__(self):
            it = self._it
            if it is None:
                raise StopIteration
            if not self._has_old:
                try:
                    self._old = next(it)
                except BaseException:
                    self._it = None
                    del it
                    raise
                self._has_old = True
            try:
                new = next(it)
            except BaseException:
                self._it = None
                self._old, self._has_old = None, False
                del it
                raise
            result = (self._old, new)
            self._old = new
            return result


if _V >= (3, 12):

    class batched:
        __module__ = "itertools"

        if _V >= (3, 13):

            def __init__(self, iterable, n, *, strict=False):
                self._setup(iterable, n, strict)

        else:

            def __init__(self, iterable, n, **kw):
                if kw:
                    raise TypeError(
                        "batched() takes at most 2 arguments (%d given)" % (2 + len(kw))
                    )
                self._setup(iterable, n, False)

        def _setup(self, iterable, n, strict):
            n = _ssize(n)
            if n is None:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
            if n < 1:
                raise ValueError("n must be at least one")
            self._it = iter(iterable)
            self._n = n
            self._strict = strict

        def __iter__(self):
            return self

        def __next__(self):
            it = self._it
            if it is None:
                raise StopIteration
            items = []
            try:
                for _ in range(self._n):
                    items.append(next(it))
            except StopIteration:
                pass
            except BaseException:
                self._it = None
                del it
                raise
            if not items:
                self._it = None
                del it
                raise StopIteration
            if self._strict and len(items) != self._n:
                self._it = None
                raise ValueError("batched(): incomplete batch")
            return tuple(items)


del sys
