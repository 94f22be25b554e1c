# case: __iter__ set to None marks a class as explicitly not iterable: iter() reports it as not
#   iterable even though __getitem__ exists.
# tags: errors iterator
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i

iter(Blocked())
for x in Blocked():
    pass
Blocked()[3]
