# case: `raise X from Y` inside a generator sets __cause__ as usual; `from None` suppresses the
#   context of the exception being handled.
# tags: exceptions generator
class ParseError(Exception):
    pass

def parse(items, suppress):
    for item in items:
        try:
            yield int(item)
        except ValueError as e:
            if suppress:
                raise ParseError(item) from None
            raise ParseError(item) from e

g = parse(["1", "x"], False)
next(g)
next(g)
h = parse(["2", "y"], True)
next(h)
next(h)
try:
    list(parse(["z"], False))
except ParseError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__)
