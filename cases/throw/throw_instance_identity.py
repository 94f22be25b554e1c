# case: throw(instance): the very object thrown is what the generator catches and what reaches
#   the caller; its args and attributes are untouched.
# tags: throw
class Tagged(Exception):
    def __init__(self, tag):
        super().__init__("tagged " + tag)
        self.tag = tag

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e), "same object:", e is thrown)
            yield getattr(e, "tag", "no tag")

g = catcher()
next(g)
thrown = Tagged("alpha")
g.throw(thrown)
next(g)
thrown = KeyError("k", 2)
g.throw(thrown)
next(g)
thrown.args
