# case: operator.length_hint over generators and built-in iterators: what len() says, the
#   iterators' __length_hint__ as they are consumed, the default for a generator, and the
#   TypeError of a default that is not an int; which iterator types have __length_hint__.
# tags: python generator iterator errors
import operator
def gen():
    yield 1
it = iter([1, 2, 3])
next(it)
operator.length_hint(it), operator.length_hint([1, 2]), operator.length_hint(gen()), operator.length_hint(gen(), 7)
operator.length_hint(iter(range(5))), operator.length_hint(reversed([1, 2])), operator.length_hint(iter({1: 2}))
operator.length_hint("abc"), operator.length_hint({}, 3), operator.length_hint(iter(()), 5)
class L:
    def __len__(self): return 4
operator.length_hint(L())
try:
    operator.length_hint([], "x")
except TypeError as e:
    print(e)
[hasattr(x, "__length_hint__") for x in (map(str, []), filter(None, []), zip(), enumerate([]), iter([]), iter(range(2)), reversed([]), iter({}), g(), iter(set()), iter(()), iter(""), iter(lambda: 1, 2))]
