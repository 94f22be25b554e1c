# The engine's builtins written in Python: the descriptor types property, classmethod and
# staticmethod, as CPython's descrobject.c and funcobject.c define them. Loaded on a case's
# first use of one of these names. _bind(func, obj) (a bound method) is provided by the engine.
import sys

_V = sys.version_info[:2]


class _abstract_flag:
    # `__isabstractmethod__` of the descriptors below (a getset descriptor in CPython): what
    # their functions say.
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._abstract()


def _is_abstract(f):
    return bool(getattr(f, "__isabstractmethod__", False))


class property:
    __module__ = "builtins"
    __isabstractmethod__ = _abstract_flag()

    def _abstract(self):
        return _is_abstract(self.fget) or _is_abstract(self.fset) or _is_abstract(self.fdel)

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = getattr(fget, "__doc__", None)
        self.__doc__ = doc
        self._name = None

    def __set_name__(self, owner, name):
        if _V >= (3, 10):
            self._name = name

    def _error(self, obj, what, old):
        if _V >= (3, 11):
            if self._name is None:
                msg = "property of %r object has no %s" % (type(obj).__name__, what)
            else:
                msg = "property %r of %r object has no %s" % (self._name, type(obj).__name__, what)
        elif _V >= (3, 10) and self._name is not None:
            msg = "%s %r" % (old, self._name)
        else:
            msg = old
        return AttributeError(msg)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._error(obj, "getter", "unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise self._error(obj, "setter", "can't set attribute")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise self._error(obj, "deleter", "can't delete attribute")
        self.fdel(obj)

    def _copy(self, fget, fset, fdel):
        p = type(self)(fget, fset, fdel, self.__doc__)
        p._name = self._name
        return p

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)


class classmethod:
    __module__ = "builtins"
    __isabstractmethod__ = _abstract_flag()

    def _abstract(self):
        return _is_abstract(self.__func__)

    def __init__(self, f):
        self.__func__ = f
        if _V >= (3, 10):
            self.__wrapped__ = f

    def __get__(self, obj, objtype=None):
        if objtype is None:
            objtype = type(obj)
        return _bind(self.__func__, objtype)

    if _V >= (3, 10):

        def __repr__(self):
            return "<classmethod(%r)>" % (self.__func__,)


class staticmethod:
    __module__ = "builtins"
    __isabstractmethod__ = _abstract_flag()

    def _abstract(self):
        return _is_abstract(self.__func__)

    def __init__(self, f):
        self.__func__ = f
        if _V >= (3, 10):
            self.__wrapped__ = f

    def __get__(self, obj, objtype=None):
        return self.__func__

    if _V >= (3, 10):

        def __repr__(self):
            return "<staticmethod(%r)>" % (self.__func__,)

        def __call__(self, *args, **kwargs):
            return self.__func__(*args, **kwargs)


# BaseExceptionGroup and ExceptionGroup (3.11+), as Objects/exceptions.c defines them; their
# message and exception tuple live in the engine's exception data (_eg_set/_eg_get, provided
# by the engine), read by the `message` and `exceptions` attributes. The helpers below
# (_split, _subset, _prep_reraise_star) are what the eval loop's `except*` uses.
def _is_function(v):
    # PyFunction_Check: a function written in Python.
    return type(v) is type(_is_function)


def _is_sequence(v):
    # PySequence_Check: not a dict, and its type has __getitem__.
    return not isinstance(v, dict) and hasattr(type(v), "__getitem__")


def _is_exc_class(v):
    return isinstance(v, type) and issubclass(v, BaseException)


def _matcher_kind(value):
    # 0: an exception type or a tuple of them; 1: a predicate.
    if _V >= (3, 13):
        if callable(value) and not isinstance(value, type):
            return 1
    elif _is_function(value):
        return 1
    if _is_exc_class(value):
        return 0
    if type(value) is tuple:
        for v in value:
            if not _is_exc_class(v):
                break
        else:
            return 0
    if _V >= (3, 13):
        raise TypeError(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)"
        )
    raise TypeError("expected a function, exception type or tuple of exception types")


def _matches(exc, kind, value):
    if kind == 0:
        return isinstance(exc, value)
    if kind == 1:
        return bool(value(exc))
    # 2: the ids of leaf exceptions to keep (a reraise at the end of try/except*).
    return not isinstance(exc, BaseExceptionGroup) and id(exc) in value


def _subset(orig, excs):
    # The group of `excs` derived from `orig`, with orig's traceback, context, cause and
    # notes; None for no exceptions.
    if not excs:
        return None
    eg = orig.derive(excs)
    if not isinstance(eg, BaseExceptionGroup):
        raise TypeError("derive must return an instance of BaseExceptionGroup")
    tb = orig.__traceback__
    if tb is not None:
        eg.__traceback__ = tb
    eg.__context__ = orig.__context__
    eg.__cause__ = orig.__cause__
    if hasattr(orig, "__notes__"):
        notes = orig.__notes__
        if _is_sequence(notes):
            eg.__notes__ = list(notes)
    return eg


def _split(exc, kind, value, with_rest):
    # (match, rest) of `exc`; rest is None unless `with_rest`.
    if _matches(exc, kind, value):
        return exc, None
    if not isinstance(exc, BaseExceptionGroup):
        return None, (exc if with_rest else None)
    match = []
    rest = []
    for e in _eg_get(exc)[1]:
        m, r = _split(e, kind, value, with_rest)
        if m is not None:
            match.append(m)
        if r is not None:
            rest.append(r)
    m = _subset(exc, match)
    return m, (_subset(exc, rest) if with_rest else None)


def _leaf_ids(exc, ids):
    if not isinstance(exc, BaseExceptionGroup):
        ids.add(id(exc))
        return
    for e in _eg_get(exc)[1]:
        _leaf_ids(e, ids)


def _same_metadata(a, b):
    # Reraised (rather than raised) in an except* clause: the same notes, traceback, cause
    # and context as the caught exception.
    return (
        getattr(a, "__notes__", None) is getattr(b, "__notes__", None)
        and a.__traceback__ is b.__traceback__
        and a.__cause__ is b.__cause__
        and a.__context__ is b.__context__
    )


def _prep_reraise_star(orig, excs):
    # What the end of a try/except* raises: the exceptions raised in its clauses, and the
    # parts of `orig` reraised (or not handled), the latter as a subgroup of `orig`.
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was caught and wrapped: at most one clause ran.
        return excs[0]
    raised = []
    reraised = []
    for e in excs:
        if e is None:
            continue
        if _same_metadata(e, orig):
            reraised.append(e)
        else:
            raised.append(e)
    ids = set()
    for e in reraised:
        _leaf_ids(e, ids)
    kept = _split(orig, 2, ids, False)[0]
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]


def _one_arg(name, args, kwargs):
    # The argument of derive/split/subgroup, checked as their C signatures check it.
    if kwargs:
        raise TypeError("BaseExceptionGroup.%s() takes no keyword arguments" % name)
    if len(args) != 1:
        if _V >= (3, 13):
            raise TypeError(
                "BaseExceptionGroup.%s() takes exactly one argument (%d given)" % (name, len(args))
            )
        if name == "derive":
            raise TypeError("function takes exactly 1 argument (%d given)" % len(args))
        raise TypeError("%s expected 1 argument, got %d" % (name, len(args)))
    return args[0]


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __new__(cls, *args, **kwargs):
        if len(args) != 2:
            raise TypeError(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)" % len(args)
            )
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not %s"
                % type(message).__name__
            )
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(e, Exception):
                nested_base = True
        if cls is ExceptionGroup:
            if nested_base:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        elif cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif nested_base and issubclass(cls, Exception):
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, *args)
        _eg_set(self, message, excs)
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("%s() takes no keyword arguments" % type(self).__name__)
        BaseException.__init__(self, *args)

    def __str__(self):
        message, excs = _eg_get(self)
        n = len(excs)
        return "%s (%d sub-exception%s)" % (message, n, "s" if n > 1 else "")

    def derive(self, *args, **kwargs):
        excs = _one_arg("derive", args, kwargs)
        return BaseExceptionGroup(_eg_get(self)[0], excs)

    def split(self, *args, **kwargs):
        matcher = _one_arg("split", args, kwargs)
        return _split(self, _matcher_kind(matcher), matcher, True)

    def subgroup(self, *args, **kwargs):
        matcher = _one_arg("subgroup", args, kwargs)
        return _split(self, _matcher_kind(matcher), matcher, False)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


# The `match` statement's helpers (MATCH_KEYS, MATCH_CLASS and the `**rest` copy of
# CPython's eval loop), called by the engine's instructions of the same names.
_MISSING = object()

# The types whose instances (and their subclasses' instances) match a single positional
# sub-pattern as a whole (_Py_TPFLAGS_MATCH_SELF).
_MATCH_SELF = (bool, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _match_keys(subject, keys):
    if not keys:
        return ()
    get = subject.get
    seen = set()
    values = []
    for key in keys:
        if key in seen:
            raise ValueError("mapping pattern checks duplicate key (%r)" % (key,))
        seen.add(key)
        value = get(key, _MISSING)
        if value is _MISSING:
            return None
        values.append(value)
    return tuple(values)


def _match_class_attr(subject, cls, name, seen):
    if name in seen:
        raise TypeError("%s() got multiple sub-patterns for attribute %r" % (cls.__name__, name))
    seen.add(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        return _MISSING


def _match_class(subject, cls, nargs, names):
    if not isinstance(cls, type):
        if _V >= (3, 15):
            raise TypeError("class pattern must refer to a class")
        raise TypeError("called match pattern must be a %s" % ("class" if _V >= (3, 12) else "type"))
    if not isinstance(subject, cls):
        return None
    seen = set()
    attrs = []
    if nargs:
        match_self = False
        match_args = getattr(cls, "__match_args__", _MISSING)
        if match_args is _MISSING:
            match_args = ()
            match_self = issubclass(cls, _MATCH_SELF)
        elif type(match_args) is not tuple:
            raise TypeError(
                "%s.__match_args__ must be a tuple (got %s)" % (cls.__name__, type(match_args).__name__)
            )
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            raise TypeError(
                "%s() accepts %d positional sub-pattern%s (%d given)"
                % (cls.__name__, allowed, "" if allowed == 1 else "s", nargs)
            )
        if match_self:
            attrs.append(subject)
        else:
            for i in range(nargs):
                name = match_args[i]
                if type(name) is not str:
                    raise TypeError("__match_args__ elements must be strings (got %s)" % type(name).__name__)
                attr = _match_class_attr(subject, cls, name, seen)
                if attr is _MISSING:
                    return None
                attrs.append(attr)
    for name in names:
        attr = _match_class_attr(subject, cls, name, seen)
        if attr is _MISSING:
            return None
        attrs.append(attr)
    return tuple(attrs)


def _dict_without_keys(subject, keys):
    rest = {}
    rest.update(subject)
    for key in keys:
        del rest[key]
    return rest


# types.GenericAlias (3.9+), as Objects/genericaliasobject.c defines it: what `list[int]` and
# every other built-in `__class_getitem__` make. Type variables (typing) are not modelled, so
# an alias has no parameters.
def _ga_repr_item(p):
    if p is Ellipsis:
        return "..."
    if _V >= (3, 14) and p is type(None):
        return "None"
    if _V >= (3, 12) and type(p) is list:
        return "[" + ", ".join([_ga_repr_item(x) for x in p]) + "]"
    if hasattr(p, "__origin__") and hasattr(p, "__args__"):
        return repr(p)
    try:
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module is None:
        return repr(p)
    if module == "builtins":
        return qualname
    return "%s.%s" % (module, qualname)


class GenericAlias:
    __module__ = "types"

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("GenericAlias expected 2 arguments, got %d" % len(args))
        origin, items = args
        if type(items) is not tuple:
            items = (items,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", items)
        object.__setattr__(self, "__parameters__", ())
        try:
            module = origin.__module__
        except AttributeError:
            pass
        else:
            object.__setattr__(self, "__module__", module)

    def __repr__(self):
        items = self.__args__
        head = _ga_repr_item(self.__origin__)
        if not items:
            return head + "[()]"
        return head + "[" + ", ".join([_ga_repr_item(x) for x in items]) + "]"

    def __getattr__(self, name):
        # ga_getattro: every other attribute is the origin's.
        return getattr(self.__origin__, name)

    if _V < (3, 11):

        @property
        def __class__(self):
            return self.__origin__.__class__

    @property
    def __doc__(self):
        return self.__origin__.__doc__

    def __setattr__(self, name, value):
        if _V >= (3, 13):
            raise AttributeError(
                "'types.GenericAlias' object has no attribute '%s' and no __dict__ for setting new attributes"
                % name
            )
        raise AttributeError("'types.GenericAlias' object has no attribute '%s'" % name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __ne__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return not (self.__origin__ == other.__origin__ and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return obj

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        if _V >= (3, 11):
            raise TypeError("%r is not a generic class" % (self,))
        raise TypeError("There are no type variables left in %r" % (self,))

    if _V >= (3, 10):

        def __or__(self, other):
            _unsupported("types.UnionType (a generic alias in |)")

        def __ror__(self, other):
            _unsupported("types.UnionType (a generic alias in |)")

    if _V >= (3, 11):

        def __iter__(self):
            _unsupported("unpacking a generic alias (*tuple[int])")


def _class_getitem(cls, item):
    return GenericAlias(cls, item)


_c_type(GenericAlias)


class FrameLocalsProxy:
    # 3.13 (PEP 667): a frame's f_locals, a view of its variables that writes through
    # (_frame_locals(frame) is their snapshot, _frame_locals_set(frame, key, value) stores
    # one: both provided by the engine).
    __module__ = "builtins"
    __hash__ = None

    def __init__(self, frame):
        self._frame = frame

    def _snap(self):
        return _frame_locals(self._frame)

    def __getitem__(self, key):
        return self._snap()[key]

    def __setitem__(self, key, value):
        _frame_locals_set(self._frame, key, value)

    def __delitem__(self, key):
        _unsupported("deleting an item of a FrameLocalsProxy")

    def __contains__(self, key):
        return key in self._snap()

    def __iter__(self):
        return iter(self._snap())

    def __len__(self):
        return len(self._snap())

    def __repr__(self):
        return repr(self._snap())

    def __eq__(self, other):
        if isinstance(other, FrameLocalsProxy):
            other = other._snap()
        return self._snap() == other

    def __or__(self, other):
        return self._snap() | other

    def keys(self):
        return self._snap().keys()

    def values(self):
        return self._snap().values()

    def items(self):
        return self._snap().items()

    def get(self, key, default=None):
        return self._snap().get(key, default)

    def copy(self):
        return self._snap()

    def setdefault(self, key, default=None):
        d = self._snap()
        if key in d:
            return d[key]
        self[key] = default
        return default

    def update(self, other=(), **kwargs):
        for k, v in dict(other, **kwargs).items():
            self[k] = v
