# The engine's `contextvars` module (PEP 567), written for the engine from CPython's
# Python/context.c: Context (an immutable mapping of variables to values, shared between copies
# until one of them changes), ContextVar, Token, copy_context(). The current context is this
# module's `_cur[0]` (CPython: the thread state's). asyncio.py (which imports this module, as
# CPython's does) runs callbacks and task steps in their contexts once the first Context or
# ContextVar exists (`_activate`): until then every context is empty and no code can tell.
import sys

_V = (sys.version_info[0], sys.version_info[1])
_MISSING = object()
_MODULE = "builtins" if _V < (3, 10) else "_contextvars"
# CPython's contextvars is C code: what its frames here release is reported at the case's line
# that called in (see Vm::release_line).
_REPORT_LINE = 0

# Called once when the first Context or ContextVar is made (asyncio.py registers one).
_on_activate = []
_active = [False]


def _activate():
    if not _active[0]:
        _active[0] = True
        for f in _on_activate:
            f()


def _check_context(obj, name):
    if type(obj) is not Context:
        raise TypeError(
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
            % (name, _type_name("Context"), type(obj).__name__)
        )


def _type_name(name):
    return name if _V < (3, 10) else "_contextvars." + name


def _no_attribute(obj, name):
    text = "'%s' object has no attribute '%s'" % (_type_name(type(obj).__name__), name)
    if _V >= (3, 13):
        text += " and no __dict__ for setting new attributes"
    return AttributeError(text)


_set = object.__setattr__


class _Final:
    # CPython's three types cannot be subclassed.
    def __init_subclass__(cls):
        base = cls.__mro__[1]
        if base is not _Final:
            raise TypeError("type '%s' is not an acceptable base type" % _type_name(base.__name__))


class Context(_Final):
    __module__ = _MODULE

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._prev = None
        self._entered = False
        _activate()

    def run(*args, **kwargs):
        # (a refused call drops its arguments first, as C code refuses them before it keeps any)
        if not args:
            kwargs = None
            raise TypeError("run() missing 1 required positional argument")
        self = args[0]
        if type(self) is not Context:
            args = kwargs = None
            _check_context(self, "run")
        if len(args) < 2:
            args = kwargs = None
            raise TypeError("run() missing 1 required positional argument")
        if self._entered:
            args = kwargs = None
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._prev = _cur[0]
        self._entered = True
        _cur[0] = self
        try:
            return args[1](*args[2:], **kwargs)
        finally:
            args = kwargs = None  # (a traceback keeps this frame: not its arguments)
            _cur[0] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _key(self, var):
        if type(var) is not ContextVar:
            raise TypeError("a ContextVar key was expected, got %r" % (var,))

    def __getitem__(self, var):
        self._key(var)
        data = self._data
        if var in data:
            return data[var]
        raise KeyError(var)

    def __contains__(self, var):
        self._key(var)
        return var in self._data

    def get(self, var, default=None):
        self._key(var)
        return self._data.get(var, default)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return _Keys(list(self._data))

    def keys(self):
        return _Keys(list(self._data))

    def values(self):
        return _Values(list(self._data.values()))

    def items(self):
        return _Items(list(self._data.items()))

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar(_Final):
    __module__ = _MODULE

    def __init__(self, *args, **kwargs):
        default = _MISSING
        for key in kwargs:
            if key == "default":
                default = kwargs[key]
            elif key != "name" or args:
                if _V >= (3, 13):
                    raise TypeError("ContextVar() got an unexpected keyword argument '%s'" % key)
                raise TypeError("'%s' is an invalid keyword argument for ContextVar()" % key)
        if len(args) > 1:
            raise TypeError("ContextVar() takes at most 1 positional argument (%d given)" % len(args))
        if not args:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        _set(self, "_name", name)
        _set(self, "_default", default)
        _activate()

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        if name == "name":
            raise AttributeError("readonly attribute")
        raise _no_attribute(self, name)

    def __repr__(self):
        parts = ["name=%r" % (self._name,)]
        if self._default is not _MISSING:
            parts.append("default=%r" % (self._default,))
        return "<ContextVar %s at 0x%x>" % (" ".join(parts), id(self))

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError(("get" if _V < (3, 9) else "ContextVar.get") + "() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(
                ("set" if _V < (3, 9) else "ContextVar.set")
                + "() takes exactly one argument (%d given)" % len(args)
            )
        ctx = _current()
        data = ctx._data
        old = data[self] if self in data else _MISSING
        token = Token.__new__(Token)
        _set(token, "_ctx", ctx)
        _set(token, "_var", self)
        _set(token, "_old", old)
        _set(token, "_used", False)
        new = dict(data)
        new[self] = args[0]
        ctx._data = new
        return token

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        _set(token, "_used", True)
        new = dict(ctx._data)
        if token._old is _MISSING:
            if self not in new:
                raise LookupError(self)
            del new[self]
        else:
            new[self] = token._old
        ctx._data = new

    if _V >= (3, 9):

        def __class_getitem__(cls, item):
            return _alias(cls, item)

    else:

        def __class_getitem__(cls, item):
            return cls


class _Missing:
    __module__ = _MODULE

    def __repr__(self):
        return "<Token.MISSING>"


class Token(_Final):
    __module__ = _MODULE

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return Token.MISSING if self._old is _MISSING else self._old

    def __setattr__(self, name, value):
        if name in ("var", "old_value"):
            raise AttributeError(
                "attribute '%s' of '%s' objects is not writable" % (name, _type_name("Token"))
            )
        raise _no_attribute(self, name)

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))

    if _V >= (3, 9):

        def __class_getitem__(cls, item):
            return _alias(cls, item)

    if _V >= (3, 14):

        def __enter__(self):
            return self

        def __exit__(self, *args):
            self._var.reset(self)


# The iterators of a Context (CPython's over its HAMT; here in the order variables were set).
class keys:
    __module__ = "builtins"

    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class values(keys):
    pass


class items(keys):
    pass


_Keys, _Values, _Items = keys, values, items
del keys, values, items


def _alias(cls, item):
    import types

    return types.GenericAlias(cls, item)


_Missing.__qualname__ = "Token.MISSING"
if _V >= (3, 10):
    for _cls in (Context, ContextVar, Token):
        _c_type(_cls)
    del _cls

# The thread's context (CPython makes it on first use: empty).
_base = Context.__new__(Context)
_base._data = {}
_base._prev = None
_base._entered = False
_cur = [_base]


def _current():
    return _cur[0]


def copy_context():
    new = Context()
    new._data = _cur[0]._data
    return new


__all__ = ("Context", "ContextVar", "Token", "copy_context")
del sys
