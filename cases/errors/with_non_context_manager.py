# case: `with 5:` and `with` an object lacking __exit__: TypeError "does not support the context
#   manager protocol" from 3.11 (AttributeError: __enter__ / __exit__ before); inside a
#   generator the error surfaces at next().
# tags: errors versions
class OnlyEnter:
    def __enter__(self):
        print("never entered")
        return self

with 5:
    pass
with OnlyEnter():
    pass

def gen():
    yield "before"
    with None:
        yield "inside"

g = gen()
next(g)
next(g)
next(g)
