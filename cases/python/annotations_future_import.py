# case: With `from __future__ import annotations` (PEP 563) no annotation is evaluated on any
#   version: a generator function annotated with names never defined is made and runs; the
#   targets of annotated attributes and subscripts are still evaluated.
# tags: python, generator
from __future__ import annotations

def t(x):
    print("annotation", x)
    return x

def gen(a: t("a"), b: Undefined = 1) -> Iterator[Missing]:
    yield a
    yield b

list(gen(0))
x: t("module") = 3
y: Missing

class C:
    z: t("class")
    w: Missing = 4

C.w

class O:
    pass

def obj():
    print("obj")
    return O()

obj().attr: t("attribute")
