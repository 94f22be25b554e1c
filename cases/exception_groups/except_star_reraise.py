# case: What leaves a try/except*: a bare raise re-raises the matched part with the original's nesting, a clause's new exception (or `raise e`, which gets a new traceback) is raised beside the rest in a new ExceptionGroup(''), one new exception alone is raised as it is, and nothing is raised when every part was handled.
# tags: exception_groups exceptions
# python: >=3.11
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e), "| context:", repr(e.__context__))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("  part:", repr(sub), "| context:", repr(sub.__context__))
    else:
        print("no exception")

def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
run(bare_raise)

def bare_raise_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
run(bare_raise_naked)

def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as v:
        raise v
run(raise_the_match)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError(3)
run(raise_new)

def raise_new_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(3)
run(raise_new_naked)

def raise_new_with_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError(3)
run(raise_new_with_rest)

def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise TypeError("new")
    except* KeyError:
        raise RuntimeError("other")
run(two_new)

def new_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise ValueError(10)
    except* TypeError:
        raise
run(new_and_reraise)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
run(raise_from)

def clause_handles_inner_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handled inside the clause")
run(clause_handles_inner_error)

def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("again", [OSError(5)])
run(raise_group_in_clause)
