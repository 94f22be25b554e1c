# case: A suspended generator's gi_frame shows the line it is paused at and its local variables,
#   as does inspect.getgeneratorlocals (which gives {} once the generator is closed).
# tags: introspection
import inspect

def walker(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    yield "end"

w = walker(3)
inspect.getgeneratorlocals(w)
next(w)
w.gi_frame.f_lineno
sorted(w.gi_frame.f_locals.items())
next(w)
next(w)
inspect.getgeneratorlocals(w)
next(w)
w.gi_frame.f_lineno
w.close()
inspect.getgeneratorlocals(w)
