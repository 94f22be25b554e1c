# The engine's `collections`: deque, defaultdict, OrderedDict, Counter and namedtuple, as
# CPython's Lib/collections/__init__.py and Modules/_collectionsmodule.c behave, in the Python
# the engine runs. Other names of CPython's collections (ChainMap, UserDict, abc, ...) are
# unsupported. _unsupported(what) is provided by the engine.
import sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import itemgetter as _itemgetter

_V = sys.version_info[:2]

_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else "
    "except finally for from global if import in is lambda nonlocal not or pass raise "
    "return try while with yield".split()
)


def _index(v, what):
    try:
        return v.__index__() if type(v) is not int else v
    except AttributeError:
        raise TypeError(what % type(v).__name__) from None


class _deque_iterator:
    __module__ = "collections" if _V >= (3, 12) else "_collections"
    __slots__ = ("_deque", "_items", "_state", "_pos")

    def __init__(self, d, items):
        self._deque = d
        self._items = items
        self._state = d._state
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._pos = len(self._items)
            raise RuntimeError("deque mutated during iteration")
        if self._pos >= len(self._items):
            raise StopIteration
        v = self._items[self._pos]
        self._pos += 1
        return v


class _deque_reverse_iterator(_deque_iterator):
    __module__ = _deque_iterator.__module__
    __slots__ = ()


class deque:
    __module__ = "collections"
    __slots__ = ("_items", "_maxlen", "_state", "__weakref__")
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen, "an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._state = 0
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _changed(self):
        self._state += 1

    def _full(self):
        return self._maxlen is not None and len(self._items) >= self._maxlen

    def append(self, x):
        self._changed()
        if self._maxlen == 0:
            return
        if self._full():
            del self._items[0]
        self._items.append(x)

    def appendleft(self, x):
        self._changed()
        if self._maxlen == 0:
            return
        if self._full():
            self._items.pop()
        self._items.insert(0, x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._changed()
        self._items.clear()

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        state = self._state
        for v in self._items:
            if v is x or v == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        stop = n if stop is None else stop
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            v = self._items[i]
            if v is x or v == x:
                return i
        if _V >= (3, 14):
            raise ValueError("deque.index(x): x not in deque")
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._changed()
        self._items.insert(i, x)

    def remove(self, x):
        for i, v in enumerate(self._items):
            if v is x or v == x:
                self._changed()
                del self._items[i]
                return
        if (3, 10) <= _V < (3, 14):
            raise ValueError("%r is not in deque" % (x,))
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        self._changed()
        self._items.reverse()

    def rotate(self, n=1):
        k = len(self._items)
        if k <= 1:
            return
        self._changed()
        n %= k
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _deque_iterator(self, self._items)

    def __reversed__(self):
        return _deque_reverse_iterator(self, self._items[::-1])

    def __contains__(self, x):
        for v in self._items:
            if v is x or v == x:
                return True
        return False

    def _check_index(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = _index(i, "sequence index must be integer, not '%s'")
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._check_index(i)]

    def __setitem__(self, i, x):
        self._items[self._check_index(i)] = x

    def __delitem__(self, i):
        i = self._check_index(i)
        self._changed()
        del self._items[i]

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return "%s(%r)" % (name, self._items)
        return "%s(%r, maxlen=%d)" % (name, self._items, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                'can only concatenate deque (not "%s") to deque' % type(other).__name__
            )
        new = type(self)(self, self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        for _ in range(n):
            new.extend(self._items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


class defaultdict(dict):
    __module__ = "collections"
    __slots__ = ("default_factory",)

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory, args = args[0], args[1:]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class _odict_view:
    __module__ = "collections"
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


class odict_keys(_odict_view):
    __module__ = "builtins"
    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))

    def __contains__(self, k):
        return k in self._mapping


class odict_values(_odict_view):
    __module__ = "builtins"
    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))


class odict_items(_odict_view):
    __module__ = "builtins"
    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __contains__(self, item):
        k, v = item
        return k in self._mapping and self._mapping[k] == v


class OrderedDict(dict):
    __module__ = "collections"

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        dict.__init__(self, *args, **kwargs)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        if _V >= (3, 12):
            return "%s(%r)" % (type(self).__name__, dict(dict.items(self)))
        return "%s(%r)" % (type(self).__name__, list(dict.items(self)))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new


def _counter_merged(left, right, pick):
    # Counter's binary operators: each element of left, then each element only right has,
    # kept when pick(count in left, count in right) is positive (CPython's order).
    result = Counter()
    for elem, count in left.items():
        newcount = pick(count, right[elem])
        if newcount > 0:
            result[elem] = newcount
    for elem, count in right.items():
        if elem not in left:
            newcount = pick(0, count)
            if newcount > 0:
                result[elem] = newcount
    return result


class Counter(dict):
    __module__ = "collections"

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    if _V >= (3, 10):

        def total(self):
            return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[: max(n, 0)]

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (type(self).__name__, d)

    if _V >= (3, 10):

        def __eq__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] == other[e] for c in (self, other) for e in c)

        def __ne__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return not self == other

        def __le__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] <= other[e] for c in (self, other) for e in c)

        def __lt__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return self <= other and self != other

        def __ge__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] >= other[e] for c in (self, other) for e in c)

        def __gt__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return self >= other and self != other

        __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counter_merged(self, other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counter_merged(self, other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counter_merged(self, other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counter_merged(self, other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class _tuplegetter:
    __module__ = _deque_iterator.__module__

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (
                not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith("_")
                or name in seen
            ):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                "Type names and field names must be valid identifiers: %r" % (name,)
            )
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % (name,))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join("%s=%%r" % name for name in field_names) + ")"
    if _V >= (3, 10):
        qual_new = "%s.__new__" % typename
    elif _V == (3, 9):
        qual_new = "<lambda>"
    else:
        qual_new = "__new__"

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(
                "%s() takes %d positional argument%s but %d were given"
                % (
                    qual_new,
                    num_fields + 1,
                    "" if num_fields == 0 else "s",
                    len(args) + 1,
                )
            )
        for name in kwargs:
            if name in field_names[: len(args)]:
                raise TypeError(
                    "%s() got multiple values for argument '%s'" % (qual_new, name)
                )
            if name not in field_names:
                raise TypeError(
                    "%s() got an unexpected keyword argument '%s'" % (qual_new, name)
                )
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [
                    n for n in field_names[len(values):]
                    if n not in kwargs and n not in field_defaults
                ]
                raise TypeError(
                    "%s() missing %d required positional argument%s: %s"
                    % (
                        qual_new,
                        len(missing),
                        "" if len(missing) == 1 else "s",
                        _quoted(missing),
                    )
                )
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            if _V >= (3, 13):
                raise TypeError("Got unexpected field names: %r" % (list(kwds),))
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    __new__.__name__ = "__new__"
    __new__.__qualname__ = qual_new
    _replace.__qualname__ = "%s._replace" % typename
    __repr__.__qualname__ = "%s.__repr__" % typename
    _asdict.__qualname__ = "%s._asdict" % typename
    _make.__qualname__ = "%s._make" % typename
    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list.rstrip(",")),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
    }
    if _V >= (3, 10):
        namespace["__match_args__"] = field_names
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)
    result = type(typename, (tuple,), namespace)
    result.__module__ = "__main__" if module is None else module
    return result


for _t in (deque, _deque_iterator, _deque_reverse_iterator, defaultdict, OrderedDict,
           _tuplegetter):
    _c_type(_t)
del _t


def _quoted(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return "%s and %s" % (names[0], names[1])
    return ", ".join(names[:-1]) + ", and " + names[-1]


if _V >= (3, 9):
    import types as _types

    def _class_getitem(cls, item):
        return _types.GenericAlias(cls, item)

    for _t in (deque, defaultdict, OrderedDict, Counter):
        _t.__class_getitem__ = classmethod(_class_getitem)
    del _t
