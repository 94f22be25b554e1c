# case: Binding a name to a new generator drops the old one, which is finalized during the
#   assignment; the new generator is created before the old one is released.
# tags: finalization
def numbered(n):
    print("start", n)
    try:
        yield n
    finally:
        print("finally", n)

g = numbered(1)
next(g)
g = numbered(2)
next(g)
g = numbered(3)
print("3 is fresh; 2 was finalized above")
g = None
print("end")
