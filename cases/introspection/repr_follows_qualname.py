# case: repr() of a generator is `<generator object QUALNAME at 0x...>`, read at repr time from
#   the generator's own __qualname__; renaming the function later does not rename existing
#   generators, only new ones.
# tags: introspection
def make():
    yield

a = make()
a
make.__qualname__ = "factory"
a
b = make()
b
a is b
repr(a) == repr(a)
b.__qualname__ = "custom"
b
