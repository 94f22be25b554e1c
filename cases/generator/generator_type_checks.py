# case: A generator function is a plain function whose calls return generator objects: the
#   types module and inspect tell them apart; a function that merely returns a generator is
#   not a generator function.
# tags: generator introspection
import inspect
import types

def gen():
    yield 1

def returns_gen():
    return gen()

g = gen()
type(gen).__name__
isinstance(g, types.GeneratorType)
isinstance(gen, types.FunctionType)
inspect.isgeneratorfunction(gen)
inspect.isgeneratorfunction(returns_gen)
inspect.isgenerator(g)
inspect.isgenerator(returns_gen())
inspect.isgenerator(iter([1]))
type(g) is types.GeneratorType
