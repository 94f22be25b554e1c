# case: close() unwinds nested try blocks from the innermost outwards: each finally runs once,
#   except clauses for other exceptions (even `except Exception`) are skipped.
# tags: close
def nested():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("level 3 finally")
        except Exception:
            print("except Exception does not catch GeneratorExit")
        finally:
            print("level 2 finally")
    finally:
        print("level 1 finally")

g = nested()
next(g)
g.close()
