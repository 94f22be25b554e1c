# case: inspect.isgeneratorfunction is True for functions (and lambdas, methods) containing
#   yield; inspect.isgenerator for generator objects and genexps, not for other iterators.
# tags: introspection
import inspect

def gen():
    yield

def plain():
    return iter([])

class K:
    def method(self):
        yield self

lam = lambda: (yield)
inspect.isgeneratorfunction(gen)
inspect.isgeneratorfunction(plain)
inspect.isgeneratorfunction(lam)
inspect.isgeneratorfunction(K().method)
inspect.isgeneratorfunction(gen())
inspect.isgenerator(gen())
inspect.isgenerator(lam())
inspect.isgenerator(x for x in [])
inspect.isgenerator(plain())
inspect.isgenerator(gen)
inspect.isgenerator(range(3))
