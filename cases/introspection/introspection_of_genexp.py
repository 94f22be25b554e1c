# case: A generator expression is a full generator: gi_frame, gi_running, gi_code and
#   inspect.getgeneratorstate work on it, and its frame holds the iterator of its first iterable.
# tags: introspection genexp
import inspect

e = (c.upper() for c in ["h", "i"])
inspect.getgeneratorstate(e)
type(e.gi_frame.f_locals[".0"]).__name__
next(e)
inspect.getgeneratorstate(e)
e.gi_running, e.gi_yieldfrom
sorted(e.gi_frame.f_locals)
list(e)
inspect.getgeneratorstate(e)
