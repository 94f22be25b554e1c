# case: zip(strict=True) (3.10+) raises ValueError naming the argument that is shorter or
#   longer, after consuming what it took; a set changing size during iteration is a
#   RuntimeError that repeats on the next call.
# tags: python iterator versions
# python: >=3.10
def gen(tag, n):
    for i in range(n):
        print(tag, i)
        yield i


list(zip(gen("a", 2), gen("b", 1), strict=True))
list(zip(gen("a", 1), gen("b", 2), strict=True))
list(zip([1], [1], gen("c", 2), strict=True))
list(zip([1, 2], [1, 2], [1], strict=True))
list(zip(gen("a", 2), gen("b", 2), strict=True))
list(zip(strict=True))
zip([1], bogus=True)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(10)
next(it)
next(it)
s2 = {1, 2}
for x in s2:
    s2.discard(x)
