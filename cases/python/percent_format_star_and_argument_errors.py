# case: '%' formatting: '*' width and precision taken from the arguments (negative width left-justifies, a non-int is a TypeError), too few arguments, and the TypeErrors of each conversion for a positional, a single and a keyed argument (3.15 names the argument: "format argument 1: ...")
# tags: python


class F:
    pass


class Bad:
    def __float__(self):
        return 2


def show(fmt, arg):
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


def gen(fmt, args):
    for a in args:
        yield fmt, a


for fmt, arg in gen("%*d|", [(5, 1), (-5, 1), (True, 7), ("x", 1), (F(), 1)]):
    show(fmt, arg)
for fmt, arg in gen("%.*f|", [(2, 3.14159), (-1, 2.5), (0, 2.5), ("x", 1.0)]):
    show(fmt, arg)
show("%*.*f|", (8, 3, 2.0))
show("%*d", (5,))
show("%d %d", (1,))
show("%d", ())
for fmt in ("%d", "%i", "%x", "%o", "%f", "%e", "%c"):
    show(fmt, F())
    show(fmt, (F(),))
    show("%s " + fmt, ("a", F()))
    show("%(k)" + fmt[1:], {"k": F()})
show("%c", "ab")
show("%c", 0x110000)
show("%c", (-1,))
show("%f", Bad())
show("%f", "s")
