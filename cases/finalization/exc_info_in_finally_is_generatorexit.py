# case: While a dropped generator is being finalized, sys.exc_info() inside its `finally`
#   (and inside an `except GeneratorExit`) reports the GeneratorExit that close() threw in.
# tags: finalization exceptions
import sys

def watcher():
    try:
        yield 1
    finally:
        print("in finally:", sys.exc_info()[0].__name__)

def catcher():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, sys.exc_info()[1] is e)
        raise

g = watcher()
next(g)
del g
h = catcher()
next(h)
del h
sys.exc_info()
w = watcher()
next(w)
