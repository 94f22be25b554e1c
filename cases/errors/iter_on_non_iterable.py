# case: iter(), for and list() on non-iterables raise "'X' object is not iterable", naming the
#   type (a user class by its name).
# tags: errors iterator
class Plain:
    pass

iter(5)
iter(None)
iter(3.5)
iter(Plain())
for x in 42:
    print(x)
list(True)
sum(7)
max(1)
