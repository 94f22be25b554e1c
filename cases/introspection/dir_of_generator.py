# case: dir() of a generator: the generator-specific names beyond object's. 3.11 added gi_suspended
#   and __getstate__, 3.13 __class_getitem__.
# tags: introspection versions
class Plain:
    pass

def gen():
    yield

g = gen()
names = dir(g)
len(names)
base = dir(Plain())
[n for n in names if n not in base]
[n for n in names if n.startswith("gi_")]
"__next__" in names, "send" in names, "__del__" in names
dir(x for x in []) == names
