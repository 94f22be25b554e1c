# case: Generic aliases of the library's generic classes: collections' deque, defaultdict,
#   OrderedDict and Counter (3.9+) and ExceptionGroup (3.11+), an alias made from each, called,
#   and a subclass of one.
# python: >=3.9
# tags: python versions
import collections

for cls in [collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter]:
    alias = cls[int]
    print(repr(alias), alias.__origin__ is cls, type(alias(), ).__name__)

class Q(collections.deque[str]):
    pass

Q.__orig_bases__, Q.__bases__
Q("ab")
try:
    ExceptionGroup[ValueError]
except NameError as e:
    print("no ExceptionGroup:", e)
try:
    BaseExceptionGroup[KeyError, str]
except NameError as e:
    print("no BaseExceptionGroup:", e)
