# case: types.GenericAlias (3.9+): what subscripting list, dict, tuple, type and the generator
#   types makes, its repr, __origin__/__args__/__parameters__, equality and hashing, calling
#   it, attributes passed through to the origin, isinstance/issubclass refusing it, using it
#   as a base class (__mro_entries__, __orig_bases__), and subscripting it again.
# python: >=3.9
# tags: introspection versions python
import types

def gen():
    yield

async def agen():
    yield

a = list[int]
a
type(a)
a.__class__
a.__module__, a.__name__, a.__qualname__
a.__origin__, a.__args__, a.__parameters__
a == list[int], a != list[int], a == list, a is list[int]
hash(a) == hash(list[int])
a(), a([1, 2]), a("ab")
dict[str, list[int]], tuple[()], tuple[int, ...], list[int,], dict[str]
list[[int, str]], list[None], list[type(None)], list["x"], list[5], list[gen]
types.GeneratorType[int], types.AsyncGeneratorType[int, str], type[int], frozenset[bytes]
types.GenericAlias(list, int), types.GenericAlias(list, (int,))
types.GenericAlias(list, int) == list[int]
a.append, a.nonexistent
a.x = 1
a[int]
list[int][()]
isinstance([], a)
issubclass(list, a)
isinstance([], (list, a)), isinstance([], (int, a))
a.__mro_entries__((a,))

class C(list[int]):
    pass

C.__bases__, C.__orig_bases__, C.__mro__
C([3])

class D:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

class E(D):
    pass

D[int], D[int, str], E[1]
str(a), bool(a), callable(a)
a < a
types.GenericAlias(list)
types.GenericAlias(list, int, x=1)
object[int]
int[str]
