# The engine's builtins written in Python: the descriptor types property, classmethod and
# staticmethod, as CPython's descrobject.c and funcobject.c define them. Loaded on a case's
# first use of one of these names. _bind(func, obj) (a bound method) is provided by the engine.
import sys

_V = sys.version_info[:2]


class property:
    __module__ = "builtins"

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
