# case: StopIteration raised while the generator handles another exception: the RuntimeError's
#   cause is the StopIteration, whose own context is the exception being handled.
# tags: pep479 exceptions
def g():
    try:
        yield 1
        {}["missing"]
    except KeyError:
        raise StopIteration("while handling KeyError")

try:
    list(g())
except RuntimeError as e:
    err = e
err
err.__cause__
err.__cause__.__context__
