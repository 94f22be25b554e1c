# case: A function that fails keeps its locals alive in the exception's traceback, so a
#   generator local to it is finalized only when the handler finishes with the exception.
# tags: finalization exceptions
def resource():
    try:
        yield "open"
    finally:
        print("resource finalized")

def use_and_fail():
    r = resource()
    next(r)
    raise ValueError("failed while holding the resource")

def caller():
    try:
        use_and_fail()
    except ValueError as e:
        print("handling:", e)
    print("after the handler")

caller()
