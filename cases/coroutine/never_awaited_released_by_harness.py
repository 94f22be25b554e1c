# case: A never-awaited coroutine released by the harness, not by the case: in an expression statement's value, in the traceback of an exception that escaped a statement (the statement's line), and at teardown (line 0); never a line of the tracer.
# tags: coroutine finalization
async def f():
    return 1


def raises_holding_one():
    c = f()
    raise ValueError("held by the traceback")


raises_holding_one()


def returns_one():
    return f()


returns_one()
kept = [f()]
