# The engine's `abc`: ABCMeta, ABC and the abstract-method decorators, as CPython's Lib/abc.py
# and its C accelerator Modules/_abc.c behave (the C module's order of checks, caches and
# messages), in the Python the engine runs. The registry and the caches keep their classes
# strongly (CPython's keep them weakly: a class that only a registry holds is not collected
# earlier here; no case sees a class's lifetime but through gc, which the engine does not
# expose for classes).
import sys

_V = sys.version_info[:2]

# Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (3.10+, for `match`): the flags a class body's
# `__abc_tpflags__` sets and register() passes on.
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)

_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


class _abc_data:
    __module__ = "_abc"
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version", "flags")

    def __init__(self):
        self.flags = 0
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _compute_abstract_methods(cls, namespace):
    abstracts = set()
    # CPython walks `cls.__dict__`: the namespace and what type() adds, none of it abstract
    # (and the engine's 3.13+ class dicts lack `__firstlineno__`/`__static_attributes__`).
    for name, value in list(namespace.items()):
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        if not isinstance(base, ABCMeta):
            # Only ABCMeta's classes have `__abstractmethods__` (AttributeError elsewhere).
            continue
        try:
            base_abstracts = base.__abstractmethods__
        except AttributeError:
            continue
        for name in base_abstracts:
            try:
                value = getattr(cls, name)
            except AttributeError:
                continue
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def _impl(cls):
    impl = cls.__dict__.get("_abc_impl")
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl


def _abc_init(cls, namespace):
    _compute_abstract_methods(cls, namespace)
    cls._abc_impl = _abc_data()
    if _V >= (3, 10) and "__abc_tpflags__" in cls.__dict__:
        # The engine's `match` finds the flags by the ABC's name in the MRO (collections.abc's
        # Sequence and Mapping are the classes that set them).
        cls._abc_impl.flags = cls.__dict__["__abc_tpflags__"] & _COLLECTION_FLAGS
        del cls.__abc_tpflags__


def _abc_register(cls, subclass):
    global _abc_invalidation_counter
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    impl = _impl(cls)
    if _V >= (3, 10) and any(
        c.__dict__.get("_abc_impl") is not None and c.__dict__["_abc_impl"].flags
        for c in cls.__mro__
        if isinstance(c, ABCMeta)
    ):
        # CPython sets the registered class's flag for `match`, which the engine's `match`
        # would not see.
        if subclass.__module__ not in ("builtins", "collections"):
            _unsupported("register() with a sequence or mapping ABC (its flag for match)")
    if subclass not in impl.registry:
        impl.registry.append(subclass)
    _abc_invalidation_counter += 1
    return subclass


def _abc_instancecheck(cls, instance):
    impl = _impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (
            impl.negative_cache_version == _abc_invalidation_counter
            and subclass in impl.negative_cache
        ):
            return False
        return cls.__subclasscheck__(subclass)
    result = cls.__subclasscheck__(subclass)
    if result:
        return result
    return cls.__subclasscheck__(subtype)


def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("issubclass() arg 1 must be a class")
    impl = _impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _abc_invalidation_counter:
        impl.negative_cache = set()
        impl.negative_cache_version = _abc_invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is True:
        impl.cache.add(subclass)
        return True
    if ok is False:
        impl.negative_cache.add(subclass)
        return False
    if ok is not NotImplemented:
        raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
    if cls in subclass.__mro__:
        impl.cache.add(subclass)
        return True
    for rcls in list(impl.registry):
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls, namespace)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _abc_registry_clear(cls):
        _impl(cls).registry = []

    def _abc_caches_clear(cls):
        impl = _impl(cls)
        impl.cache = set()
        impl.negative_cache = set()


if _V >= (3, 10):

    def update_abstractmethods(cls):
        if not hasattr(cls, "__abstractmethods__"):
            return cls
        abstracts = set()
        for scls in cls.__bases__:
            if not isinstance(scls, ABCMeta):
                continue
            for name in getattr(scls, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        for name, value in cls.__dict__.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()


del sys
