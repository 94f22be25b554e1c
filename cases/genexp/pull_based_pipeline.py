# case: A pipeline of generator expressions over a generator reads its source only as far as
#   the consumer asks: taking two results reads just enough lines.
# tags: genexp generator
def lines():
    for text in ["# header", "a 1", "", "b 2", "c 3"]:
        print("read", repr(text))
        yield text

stripped = (l.strip() for l in lines())
useful = (l for l in stripped if l and not l.startswith("#"))
fields = (l.split() for l in useful)
next(fields)
next(fields)
