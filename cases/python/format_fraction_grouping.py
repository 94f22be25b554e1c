# case: 3.14's separators after the precision of a format spec group the digits after the
#   point in threes (`.3,f`, `,._f`); before 3.14, and in a wrong place, they are errors.
# tags: python, versions
format(1234.56789, ".3,f")
format(1234.56789, ",._f")
format(1234.56789, "._4f")
format(1234.5678901, ".7_f")
format(0.1234567, ".5,e")
format(12.3456789, "_.6,%")
format(1.5, ".,")
format(3, ".,")
format("ab", ".,")
format(1.23456789, "20.6_f")
