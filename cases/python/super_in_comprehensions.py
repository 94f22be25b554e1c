# case: zero-argument super() binds the first local of the frame it runs in: in a generator
#   expression that is the iterator (TypeError), in a list, set or dict comprehension too up
#   to 3.11, and from 3.12 (PEP 709 inlining) the method's first argument. super(C, C)
#   returns plain functions, classmethods bound to C; super(C, obj) checks obj.
# tags: python genexp
class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c of " + cls.__name__

    @property
    def p(self):
        return "A.p"


class B(A):
    def genexp(self):
        return list(super().f() for _ in range(2))

    def listcomp(self):
        return [super().f() for _ in range(2)]

    def setcomp(self):
        return {super().f() for _ in range(2)}

    def dictcomp(self):
        return {i: super().p for i in range(2)}

    def nested(self):
        return [[super().c() for _ in range(1)] for _ in range(2)]

    def genexp_in_listcomp(self):
        return [list(super().f() for _ in range(1)) for _ in range(1)]

    def starargs(*args):
        return [super().f() for _ in range(1)]

    def in_generator(self):
        yield [super().f() for _ in range(1)]
        yield (lambda: super().f())()

    @classmethod
    def cm(cls):
        return [super().c() for _ in range(1)]


for name in ("genexp", "listcomp", "setcomp", "dictcomp", "nested", "genexp_in_listcomp",
             "starargs", "cm"):
    try:
        print(name, getattr(B(), name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, e)

g = B().in_generator()
try:
    print(next(g))
    print(next(g))
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

print(super(B, B()).f(), super(B, B()).p, super(B, B).c(), super(B, B).f)
for obj in (5, A(), int):
    try:
        super(B, obj)
    except TypeError as e:
        print(e)
try:
    super(5, 5)
except TypeError as e:
    print(e)
try:
    super(B, B(), 3)
except TypeError as e:
    print(e)
