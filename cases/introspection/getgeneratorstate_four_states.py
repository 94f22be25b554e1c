# case: inspect.getgeneratorstate passes through GEN_CREATED, GEN_RUNNING (seen from inside),
#   GEN_SUSPENDED and GEN_CLOSED, whether the generator finishes, raises or is closed.
# tags: introspection
import inspect

def stateful():
    print("inside:", inspect.getgeneratorstate(s))
    yield 1

s = stateful()
inspect.getgeneratorstate(s)
next(s)
inspect.getgeneratorstate(s)
list(s)
inspect.getgeneratorstate(s)

def raising():
    yield
    raise KeyError

r = raising()
next(r)
next(r)
inspect.getgeneratorstate(r)
c = stateful()
c.close()
inspect.getgeneratorstate(c)
