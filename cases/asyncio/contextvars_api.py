# case: contextvars (PEP 567) by hand: ContextVar get/set/reset with defaults and Tokens, copy_context, Context as a mapping and Context.run, and the errors and reprs of misuse (reused tokens, another context, subclassing, readonly attributes).
# tags: python errors versions
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
v = ContextVar("v")
w = ContextVar("w", default=10)
v
w.name
v.get(5)
w.get()
w.get(7)
v.get()
try:
    v.get()
except LookupError as e:
    print(repr(e), e.args[0] is v)
t = v.set(1)
t
t.var is v
t.old_value
Token.MISSING
v.get()
t2 = v.set(2)
t2.old_value
v.reset(t2)
v.get()
v.reset(t2)
v.reset(t)
v.get(None)
w.reset(t)
ctx = copy_context()
type(ctx)
len(ctx)
v in ctx
list(ctx)
ctx.get(v)
ctx.get(w, 3)
ctx[w]
ctx[v]
ctx[1]
ctx.get("x")
"x" in ctx
def f(a, b=0):
    v.set(a + b)
    print("in run", v.get(), len(copy_context()))
    return a
ctx.run(f, 1, b=2)
ctx[v]
v.get("outer")
ctx.run(ctx.run, f, 1)
Context()
len(Context())
ContextVar("x", default=None)
ContextVar()
ContextVar(1)
class Sub(ContextVar): pass
class SubC(Context): pass
class SubT(Token): pass
Token()
hash(v) == hash(v)
ctx2 = ctx.copy()
ctx2 is ctx
ctx2 == ctx
ctx2[v]
list(ctx.items()), list(ctx.keys()), list(ctx.values())
ctx == {}
v.set(5)
copy_context() == copy_context()
Context() == Context()
t3 = v.set(9)
Context().run(v.reset, t3)
v.get()
v = ContextVar("v", default=0)
ContextVar("a", "b")
ContextVar("a", dflt=1)
ContextVar(name="a")
v.get(1, 2)
v.get(default=1)
v.set()
v.reset(1)
v.name = "x"
v.foo = 1
t = v.set(3)
t.var = 1
ctx = copy_context()  # (again)
hash(ctx)
type(ctx.keys()).__name__, type(ctx.items()).__name__
ctx.run()
Context.run(1, len)
Context(1)
type(ContextVar)
ContextVar.__module__, Context.__module__, Token.__module__
contextvars.__all__ if hasattr(contextvars, "__all__") else None
sorted(n for n in dir(contextvars) if not n.startswith("_"))
w = ContextVar("w")
tok = w.set(1)
v.reset(tok)
ContextVar[int] if hasattr(ContextVar, "__class_getitem__") else "no cgi"
Token[int] if hasattr(Token, "__class_getitem__") else "no cgi"
hasattr(Token, "__enter__")
with v.set(5) as tk:
    print("inside", v.get(), tk.var is v)
v.get()
isinstance(ctx, dict)
