# case: str.maketrans (one, two and three arguments, its errors) and str.translate over
#   text a generator yields (None deletes, str and int map, a LookupError keeps the
#   character), and expandtabs counting columns from the last newline.
# tags: python generator errors
def lines():
    yield "hello world"
    yield "a\tbc\tdef\n\tx"
    yield "tab\tstop"


table = str.maketrans("lo", "01", " ")
table
[line.translate(table) for line in lines()]
[line.expandtabs() for line in lines()]
[line.expandtabs(4) for line in lines()]
"abc".translate({97: None, 98: "BB", 99: 100})
str.maketrans({"a": "b", 1: None})


class Upper:
    def __getitem__(self, code):
        if code == ord(" "):
            raise LookupError(code)
        return chr(code).upper()


"gen erators".translate(Upper())
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
try:
    str.maketrans([1])
except TypeError as e:
    print(e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print(e)
try:
    "a".translate({97: -1})
except ValueError as e:
    print(e)
