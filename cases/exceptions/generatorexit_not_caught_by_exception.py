# case: GeneratorExit derives from BaseException, not Exception: `except Exception` around a
#   yield lets close() through, `except BaseException` catches it.
# tags: exceptions close
def broad():
    try:
        yield 1
    except Exception:
        print("never for GeneratorExit")
    finally:
        print("broad finally")

def broadest():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        raise

isinstance(GeneratorExit(), Exception)
isinstance(GeneratorExit(), BaseException)
g = broad()
next(g)
g.close()
h = broadest()
next(h)
h.close()
