# The engine's `typing`, as far as annotations and imports need it: the special forms and
# generic aliases can be imported, subscripted and put in annotations (evaluated before 3.14),
# `TypeVar`/`NewType`/`cast`/`overload`/`final`/... can be called, and a class can derive from
# `Generic[T]`. The aliases of collections.abc's classes (`typing.Iterator`) have their repr,
# `__origin__` and isinstance/issubclass checks. What typing does at run time beyond that (reprs, equality, isinstance checks,
# subclassing an alias, calling one, introspection) is unsupported where reached. Names this
# file does not define are unsupported by the engine's list of CPython's names.
import sys

_V = sys.version_info[:2]


class _Form:
    # A special form, generic alias or type variable: opaque except for subscription.
    __slots__ = ("_what",)

    def __init__(self, what):
        self._what = what

    def __getitem__(self, params):
        return _Form(self._what + "[...]")

    def __call__(self, *args, **kwargs):
        _unsupported("calling typing." + self._what)

    def __or__(self, other):
        _unsupported("'|' of typing." + self._what)

    def __ror__(self, other):
        _unsupported("'|' of typing." + self._what)

    def __repr__(self):
        _unsupported("repr() of typing." + self._what)

    def __eq__(self, other):
        _unsupported("comparing typing." + self._what)

    def __hash__(self):
        _unsupported("hashing typing." + self._what)

    def __instancecheck__(self, obj):
        _unsupported("isinstance() with typing." + self._what)

    def __subclasscheck__(self, cls):
        _unsupported("issubclass() with typing." + self._what)

    def __mro_entries__(self, bases):
        _unsupported("a class deriving from typing." + self._what)

    def __getattr__(self, name):
        _unsupported("attribute %s of typing.%s" % (name, self._what))


class _GenericAlias(_Form):
    # Generic[T] and UserClass[T]: a base that stands for its origin class.
    __slots__ = ("_origin",)

    def __init__(self, origin, what):
        _Form.__init__(self, what)
        self._origin = origin

    def __mro_entries__(self, bases):
        if self._origin is Generic:
            for b in bases:
                if b is not self and isinstance(b, type) and issubclass(b, Generic):
                    return ()
        return (self._origin,)


class _Subscripted(_Form):
    # An ABC alias subscripted (`Iterator[int]`): no isinstance/issubclass.
    __slots__ = ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _AbcAlias(_Form):
    # typing's alias of a collections.abc class (`typing.Iterator`): its repr, `__origin__`
    # and isinstance/issubclass through the ABC (imported on first use).
    __slots__ = ()

    def __getitem__(self, params):
        return _Subscripted(self._what + "[...]")

    def _origin(self):
        import collections.abc

        return getattr(collections.abc, "Set" if self._what == "AbstractSet" else self._what)

    def __repr__(self):
        return "typing." + self._what

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _AbcAlias):
            return issubclass(cls._origin(), self._origin())
        return issubclass(cls, self._origin())

    def __getattr__(self, name):
        if name == "__origin__":
            return self._origin()
        _unsupported("attribute %s of typing.%s" % (name, self._what))


class Generic:
    __slots__ = ()
    __module__ = "typing"

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, cls.__qualname__ + "[...]")


Any = _Form("Any")
Callable = _Form("Callable")
ClassVar = _Form("ClassVar")
Final = _Form("Final")
Literal = _Form("Literal")
NoReturn = _Form("NoReturn")
Optional = _Form("Optional")
Tuple = _Form("Tuple")
Type = _Form("Type")
Union = _Form("Union")
Iterable = _AbcAlias("Iterable")
Iterator = _AbcAlias("Iterator")
Generator = _AbcAlias("Generator")
AsyncGenerator = _AbcAlias("AsyncGenerator")
AsyncIterable = _AbcAlias("AsyncIterable")
AsyncIterator = _AbcAlias("AsyncIterator")
Awaitable = _AbcAlias("Awaitable")
Coroutine = _AbcAlias("Coroutine")
Container = _AbcAlias("Container")
Collection = _AbcAlias("Collection")
Hashable = _AbcAlias("Hashable")
Sized = _AbcAlias("Sized")
Reversible = _AbcAlias("Reversible")
Sequence = _AbcAlias("Sequence")
MutableSequence = _AbcAlias("MutableSequence")
Mapping = _AbcAlias("Mapping")
MutableMapping = _AbcAlias("MutableMapping")
AbstractSet = _AbcAlias("AbstractSet")
MutableSet = _AbcAlias("MutableSet")
Dict = _Form("Dict")
List = _Form("List")
Set = _Form("Set")
FrozenSet = _Form("FrozenSet")
DefaultDict = _Form("DefaultDict")
Deque = _Form("Deque")
Counter = _Form("Counter")
OrderedDict = _Form("OrderedDict")
ChainMap = _Form("ChainMap")
ContextManager = _Form("ContextManager")
AsyncContextManager = _Form("AsyncContextManager")
AnyStr = _Form("AnyStr")
SupportsInt = _Form("SupportsInt")
SupportsFloat = _Form("SupportsFloat")
SupportsIndex = _Form("SupportsIndex")
SupportsAbs = _Form("SupportsAbs")
SupportsRound = _Form("SupportsRound")
KeysView = _Form("KeysView")
ItemsView = _Form("ItemsView")
ValuesView = _Form("ValuesView")
Protocol = _Form("Protocol")
NamedTuple = _Form("NamedTuple")
TypedDict = _Form("TypedDict")
if _V >= (3, 9):
    Annotated = _Form("Annotated")
if _V >= (3, 10):
    TypeAlias = _Form("TypeAlias")
    TypeGuard = _Form("TypeGuard")
    Concatenate = _Form("Concatenate")
if _V >= (3, 11):
    Never = _Form("Never")
    Self = _Form("Self")
    LiteralString = _Form("LiteralString")
    Required = _Form("Required")
    NotRequired = _Form("NotRequired")
if _V >= (3, 13):
    TypeIs = _Form("TypeIs")
    ReadOnly = _Form("ReadOnly")

Text = str
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False, **kwargs):
    if not isinstance(name, str):
        _unsupported("typing.TypeVar() with a name that is not a str")
    return _Form("TypeVar(%r)" % name)


if _V >= (3, 10):

    def ParamSpec(name, **kwargs):
        return _Form("ParamSpec(%r)" % name)


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def _overloaded(*args, **kwargs):
    _unsupported("calling a function decorated with typing.overload")


def overload(func):
    return _overloaded


def final(f):
    if _V >= (3, 11):
        try:
            f.__final__ = True
        except (AttributeError, TypeError):
            pass
    return f


def no_type_check(arg):
    _unsupported("typing.no_type_check")


def runtime_checkable(cls):
    _unsupported("typing.runtime_checkable")


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    _unsupported("typing.get_type_hints")


def get_origin(tp):
    _unsupported("typing.get_origin")


def get_args(tp):
    _unsupported("typing.get_args")


if _V >= (3, 11):

    def assert_never(arg):
        _unsupported("typing.assert_never")

    def reveal_type(obj):
        _unsupported("typing.reveal_type")

    def assert_type(val, typ):
        return val


if _V >= (3, 12):

    def override(method):
        try:
            method.__override__ = True
        except (AttributeError, TypeError):
            pass
        return method
