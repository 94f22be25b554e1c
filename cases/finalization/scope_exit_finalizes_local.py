# case: A suspended generator held only by a function's local variable is finalized when the
#   function returns, before the caller sees the return value.
# tags: finalization
def lines():
    try:
        yield "first"
        yield "second"
    finally:
        print("lines finally")

def first_line():
    it = lines()
    value = next(it)
    print("got", value)
    return value.upper()

def caller():
    result = first_line()
    print("caller has", result)
    return result

caller()
