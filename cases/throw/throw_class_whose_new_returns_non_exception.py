# case: throw(Cls) where Cls.__new__ returns an object that is not an exception: the
#   TypeError "calling ... should have returned an instance of BaseException" is thrown into
#   the generator. (CPython 3.8 crashes here: docs/findings/.)
# tags: throw errors
# python: >=3.9
class Odd(Exception):
    def __new__(cls, *args):
        print("Odd.__new__", args)
        return 42


def gen():
    try:
        yield 1
    except TypeError as e:
        print("caught", e)
        yield 2


g = gen()
next(g)
g.throw(Odd)
next(g)
