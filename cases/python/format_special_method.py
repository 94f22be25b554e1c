# case: f-strings and format() call a class's __format__ (also with an empty spec), a
#   __format__ returning a non-str is a TypeError, and an integer format with a precision is
#   rejected.
# tags: python generator errors
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        print("format", repr(spec))
        if spec == "F":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%sC" % self.c

    def __str__(self):
        return "str!"


class Bad:
    def __format__(self, spec):
        return 42


def readings():
    for c in (-40, 0, 100):
        yield Temp(c)


[f"{t}" for t in readings()]
[f"{t:F}" for t in readings()]
["{}|{:F}".format(t, t) for t in readings()]
[format(t) for t in readings()]
f"{Bad()}"
format(-40, ".0")
format(5, ".2d")
format(5, "x")
"%s" % Temp(1)
