# case: The warnings module around generators: warn() from generator bodies, the default
#   filters and once-per-location registry, catch_warnings(record=True), simplefilter and
#   filterwarnings actions (error, ignore, always, once), resetwarnings, and throw()'s
#   deprecated signature seen through them (3.12+).
# tags: python generator throw versions
import warnings
class MyWarning(UserWarning):
    pass
def gen():
    warnings.warn("from gen")
    yield 1
    warnings.warn(MyWarning("custom"))
    yield 2
list(gen())
list(gen())
for i in range(3):
    warnings.warn("loop", RuntimeWarning)
warnings.warn("dep", DeprecationWarning)
warnings.warn("pend", PendingDeprecationWarning)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("rec")
    warnings.warn("d2", DeprecationWarning)
[(type(x.message).__name__, str(x.message), x.category.__name__) for x in w]
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.warn("still shown")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
warnings.warn("after")
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("always", message="keep")
    warnings.filterwarnings("ignore", message="drop")
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.warn("Keep upper")
len(w), [str(x.message) for x in w]
def g2():
    try:
        yield
    except ValueError as e:
        yield repr(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    x = g2(); next(x)
    print(x.throw(ValueError, "v"))
[(str(m.message), m.category.__name__) for m in w]
with warnings.catch_warnings():
    warnings.simplefilter("error")
    x = g2(); next(x)
    try:
        print(x.throw(ValueError, ValueError("q")))
    except DeprecationWarning as e:
        print("DW", e)
    x.gi_frame is not None
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once msg")
warnings.warn("once msg")
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
warnings.filters
