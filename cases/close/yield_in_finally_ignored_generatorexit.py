# case: A generator that yields from its finally block while being closed makes close() raise
#   RuntimeError: generator ignored GeneratorExit; it stays suspended at that yield, and
#   resuming it finishes the finally block, which re-raises the pending GeneratorExit.
# tags: close
def gen():
    try:
        yield "body"
    finally:
        print("finally starts")
        yield "from finally"
        print("finally ends")

g = gen()
next(g)
g.close()
g.gi_frame is None
next(g)
g.close()
