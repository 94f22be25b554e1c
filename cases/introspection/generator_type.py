# case: Generators and genexps are instances of types.GeneratorType; type(g).__name__ is
#   "generator"; a generator is its own iterator and is not callable.
# tags: introspection
import types

def gen():
    yield 1

g = gen()
type(g)
type(g).__name__
type(g) is types.GeneratorType
isinstance((x for x in []), types.GeneratorType)
isinstance(iter([]), types.GeneratorType)
iter(g) is g
g.__iter__() is g
callable(g)
callable(gen)
hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close")
hasattr(iter([]), "send")
types.GeneratorType.__name__
