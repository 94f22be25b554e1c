# The engine's `copy`: copy() and deepcopy() as CPython's Lib/copy.py behaves for the built-in
# types the engine has and for instances of plain classes (their `__reduce_ex__(4)` is
# object's: a new instance by `cls.__new__(cls)` and the instance dict as its state), with the
# `__copy__`/`__deepcopy__` hooks and the memo. What takes another path in CPython (a class
# overriding `__reduce_ex__`/`__reduce__`/`__getnewargs__`/`__setstate__`, `__slots__`,
# subclasses of built-in types and exceptions, the copyreg dispatch table, iterators' own
# `__reduce__`) is unsupported. Generators, coroutines and async generators cannot be
# pickled, so copying one is CPython's TypeError.
import sys

_V = sys.version_info[:2]


class Error(Exception):
    pass


error = Error


def _f():
    pass


def _g():
    yield


async def _c():
    pass


async def _ag():
    yield


_function = type(_f)
_generator = type(_g())
_coro = _c()
_coroutine = type(_coro)
_coro.close()
del _coro
_async_generator = type(_ag())
del _f, _g, _c, _ag

_immutable = {type(None), int, float, bool, str, bytes, tuple, frozenset, type, range, slice,
              type(...), type(NotImplemented), _function, type(len), property}
_atomic = {type(None), int, float, bool, str, bytes, type, range, type(...),
           type(NotImplemented), _function, type(len), property}
if _V >= (3, 12):
    _atomic.add(slice)
_unpicklable = (_generator, _coroutine, _async_generator)


def copy(x):
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, cls)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, cls)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


_OWN_REDUCE = ("__reduce_ex__", "__reduce__", "__getnewargs__", "__getnewargs_ex__",
               "__setstate__", "__getstate__", "__slots__")


def _reconstruct(x, memo, cls):
    deep = memo is not None
    if cls in _unpicklable:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if cls in (set, frozenset):
        # set.__reduce__: (cls, (list(x),), None)
        args = list(x)
        if deep:
            args = deepcopy(args, memo)
        y = cls(args)
        if deep:
            memo[id(x)] = y
        return y
    for c in cls.__mro__[:-1]:
        if c.__module__ == "builtins" or any(n in c.__dict__ for n in _OWN_REDUCE):
            _unsupported("copy of a %s object (its own reduce protocol)" % cls.__name__)
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    return y
