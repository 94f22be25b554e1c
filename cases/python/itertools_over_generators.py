# case: itertools' iterators over generators: when each calls the generator, its key or
#   predicate, what it keeps after the generator fails part-way, and when it drops the
#   generator (an exhausted islice releases it at once, so its finally runs there).
# tags: python close
import itertools


def gen(n, fail_at=None, name="g"):
    try:
        for i in range(n):
            if i == fail_at:
                raise ValueError(f"{name} fails at {i}")
            print(f"  {name} yields {i}")
            yield i
    finally:
        print(f"  {name} finally")


def show(label, it, limit=12):
    out = []
    try:
        for x in it:
            out.append(x)
            if len(out) >= limit:
                break
    except ValueError as e:
        print(label, out, "error:", e)
        return
    print(label, out)


show("islice stop", itertools.islice(gen(10), 3))
show("islice start stop step", itertools.islice(gen(10), 1, 8, 3))
show("islice past end", itertools.islice(gen(3), 1, None))
show("islice failing", itertools.islice(gen(10, fail_at=2), 5))
it = itertools.islice(gen(5, fail_at=1), 4)
show("islice after error first", it)
show("islice after error again", it)
for args in [(-1,), (1, -2), ("a",), (0, 5, 0), (None, None, None), (2, 1)]:
    try:
        print(args, list(itertools.islice(range(10), *args)))
    except ValueError as e:
        print(args, e)
show("chain", itertools.chain(gen(2, name="a"), [], gen(2, name="b")))
c = itertools.chain(gen(3, fail_at=1, name="a"), gen(1, name="b"))
show("chain failing", c)
show("chain resumes", c)
show("from_iterable", itertools.chain.from_iterable(gen(i, name=f"g{i}") for i in range(3)))
show("count", itertools.count(10, 5), 3)
print(repr(itertools.count(3)), repr(itertools.count(0, 2)), repr(itertools.count(1.5, 1.0)))
print(repr(itertools.repeat("x", 2)), repr(itertools.repeat(1)), list(itertools.repeat(0, -3)))
show("cycle", itertools.cycle(gen(2)), 5)
show("cycle of empty", itertools.cycle(gen(0)))
show("accumulate", itertools.accumulate(gen(4)))
show("accumulate failing", itertools.accumulate(gen(4, fail_at=2), lambda a, b: a * 10 + b, initial=7))
show("takewhile", itertools.takewhile(lambda x: x < 2, gen(5)))
show("dropwhile", itertools.dropwhile(lambda x: x < 2, gen(4)))
show("filterfalse", itertools.filterfalse(lambda x: x % 2, gen(5)))
show("filterfalse None", itertools.filterfalse(None, [0, 1, "", "a", None]))
show("compress", itertools.compress(gen(5, name="data"), gen(3, name="sel")))
show("starmap", itertools.starmap(lambda a, b: a - b, zip(gen(3), [10, 20, 30])))
show("zip_longest", itertools.zip_longest(gen(1, name="a"), gen(3, name="b"), fillvalue="-"))
show("zip_longest failing", itertools.zip_longest(gen(3, fail_at=1, name="a"), gen(3, name="b")))


def key(x):
    print("  key", x)
    return x // 2


groups = itertools.groupby(gen(5), key)
for k, grp in groups:
    print("group", k, list(grp))
groups = itertools.groupby("aabbbcd")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, "".join(g)) for k, g in groups])
print([k for k, _ in itertools.groupby([1, 1, 2, 1])])
show("product", itertools.product(gen(2, name="x"), "ab"))
print(list(itertools.product(range(2), repeat=2)), list(itertools.product()))
show("permutations", itertools.permutations(gen(3), 2))
print(list(itertools.permutations("ab", 3)), list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations("ab", 0)))
try:
    itertools.combinations("ab", -1)
except ValueError as e:
    print(e)
a, b = itertools.tee(gen(3))
print(next(a), next(a), next(b), list(a), list(b))
print(type(itertools.islice([], 1)).__name__, type(itertools.chain()).__module__)
print(repr(itertools.islice)[:30], isinstance(itertools.count(), itertools.count))
