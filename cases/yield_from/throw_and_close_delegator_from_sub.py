# case: A subgenerator that calls throw() or close() on its own running delegator gets ValueError
#   (generator already executing); the chain is left intact and can be closed afterwards.
# tags: yield_from reentrancy throw close
def sub():
    for method in ("throw", "close"):
        try:
            if method == "throw":
                outer.throw(KeyError("k"))
            else:
                outer.close()
        except ValueError as e:
            print(method, "->", e)
        yield method
    print("sub not reached")

def delegator():
    try:
        yield from sub()
    finally:
        print("delegator finally")

outer = delegator()
next(outer)
next(outer)
outer.close()
