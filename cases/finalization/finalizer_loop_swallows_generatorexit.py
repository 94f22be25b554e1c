# case: A loop that catches GeneratorExit and yields again is reported as "generator ignored
#   GeneratorExit" at teardown, once for each such generator.
# tags: finalization close
def immortal(name):
    while True:
        try:
            yield name
        except GeneratorExit:
            print(name, "refuses to exit")

a = immortal("a")
b = immortal("b")
next(a)
next(b)
next(b)
