# case: Annotations are evaluated where they stand before 3.14 (parameters after defaults in
#   CPython's order, then the return annotation, before decorators apply; annotated names in
#   module and class bodies after the value is stored; never those of a function's locals),
#   and not at all from 3.14 (PEP 649). The target of an annotated attribute or subscript is
#   evaluated on every version. An annotation naming something undefined is a NameError only
#   where it is evaluated, so a generator function annotated with an unimported name exists
#   from 3.14 only.
# tags: python, versions, generator
def t(x):
    print("annotation", x)
    return x

def d(x):
    print("default", x)
    return x

def dec(f):
    print("decorate")
    return f

@dec
def f(p: t("p") = d(1), /, a: t("a") = d(2), *va: t("va"), k: t("k") = d(3), **kw: t("kw")) -> t("ret"):
    x: t("local") = 1
    return x

f()

class C:
    y: t("class") = d("value")
    z: t("class, no value")

z: t("module") = d("module value")

class O:
    pass

o = O()

def obj():
    print("obj")
    return o

obj().a: t("attribute") = d("attribute value")
obj().b: t("attribute, no value")
items = [0]

def index():
    print("index")
    return 0

items[index()]: t("subscript")
(paren): t("parenthesised") = d("parenthesised value")

def in_function():
    obj().c: t("attribute in a function")
    w: t("local, no value")
    return "body ran"

in_function()

def numbers() -> Iterator[int]:
    yield 1
    yield 2

list(numbers())

def pairs(n: Missing = 2):
    for i in range(n):
        yield i, i * i

list(pairs())
