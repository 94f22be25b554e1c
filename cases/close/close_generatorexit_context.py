# case: The GeneratorExit of close() delivered into a generator suspended inside an except
#   block has the handled exception as __context__ (3.9+), as any exception raised there would.
# tags: close exceptions versions
def gen():
    try:
        raise KeyError("being handled")
    except KeyError:
        try:
            yield "in handler"
        except GeneratorExit as e:
            print("GeneratorExit context:", repr(e.__context__))
            raise

g = gen()
next(g)
g.close()
