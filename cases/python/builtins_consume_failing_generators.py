# case: builtins that consume a generator which fails part-way keep what came before, and
#   take the items one at a time: max/min call the key as each item comes, dict()/update(),
#   list.extend, list +=, set()/set.update, dict.fromkeys.
# tags: python generator iterator
def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            print("fail at", i)
            raise ValueError(i)
        print("yield", i)
        yield i


def key(x):
    print("key", x)
    if x == 2:
        raise KeyError(x)
    return -x


g = gen(5)
max(g, key=key)
list(g)
g = gen(5)
min(g, key=lambda x: x % 3)
list(g)
max(gen(3, fail_at=2))
d = {"old": 0}
d.update((str(i), i) for i in gen(4, fail_at=2))
d
dict((i, i) for i in gen(3, fail_at=1))
l = ["start"]
l.extend(gen(4, fail_at=2))
l
l += gen(3, fail_at=1)
l
s = {"s"}
s.update(gen(3, fail_at=2))
sorted(s, key=str)
set(gen(3, fail_at=1))
dict.fromkeys(gen(3))
dict.fromkeys(gen(3, fail_at=2), "v")
