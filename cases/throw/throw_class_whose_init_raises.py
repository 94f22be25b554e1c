# case: throw(Cls) where making the instance fails (Cls.__init__ raises): the error it raised
#   is what is thrown into the generator, which can catch it and go on.
# tags: throw errors
class Boom(Exception):
    def __init__(self, *args):
        print("Boom.__init__", args)
        raise KeyError("from __init__")


def gen():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("caught KeyError", repr(e))
        except Boom:
            print("caught Boom")


g = gen()
next(g)
g.throw(Boom)
g.throw(Boom, "arg")
g.throw(Boom, ("a", "b"))
g.close()
h = gen()
h.throw(Boom)
