# case: a plain object() and built-in values have no __dict__: setting an attribute is an
#   AttributeError (3.13 says "and no __dict__ for setting new attributes"); format() with
#   the 'n' type formats floats like 'g' and rejects a thousands separator.
# tags: python errors
def sentinels():
    yield object()
    yield 1
    yield "s"


for s in sentinels():
    try:
        setattr(s, "tag", 1)
    except AttributeError as e:
        print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
format(1.5, "n"), format(123456789.0, "n"), format(2.0, "#n"), format(1.25, "10.2n")
format(1234567, "n"), format(1e16, "n"), format(float("inf"), "n")
try:
    format(1.5, ",n")
except ValueError as e:
    print(e)
try:
    format(3, "_n")
except ValueError as e:
    print(e)
