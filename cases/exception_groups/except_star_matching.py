# case: except* (PEP 654): each clause takes the part of the group its type matches, in clause order; a naked exception is wrapped in a group with an empty message; what no clause matches propagates as a subgroup of the original; sys.exc_info() in a clause is the matched part.
# tags: exception_groups exceptions
# python: >=3.11
import sys

def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e), "| context:", repr(e.__context__), "| cause:", repr(e.__cause__))
    else:
        print("no exception")

def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("T", repr(e))
    print("after", sys.exc_info())
run(two_clauses)

def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))
run(unmatched_rest)

def naked():
    try:
        raise ValueError(7)
    except* ValueError as e:
        print("naked", repr(e), type(e).__name__, e.exceptions)
run(naked)

def naked_unmatched():
    try:
        raise ValueError(7)
    except* TypeError:
        print("never")
run(naked_unmatched)

def naked_base():
    try:
        raise KeyboardInterrupt("stop")
    except* KeyboardInterrupt as e:
        print("base", repr(e), type(e).__name__)
run(naked_base)

def nested_groups():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [KeyError(2), ValueError(3)])])
    except* ValueError as e:
        print("V", repr(e))
    except* KeyError as e:
        print("K", repr(e))
run(nested_groups)

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* (ValueError, KeyError) as e:
        print("VK", repr(e))
    except* Exception as e:
        print("rest", repr(e))
run(tuple_types)

def first_clause_takes_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* Exception as e:
        print("all", repr(e))
    except* ValueError as e:
        print("never", repr(e))
run(first_clause_takes_all)

def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
        except* ValueError:
            print("inner V")
    except* KeyError as e:
        print("outer K", repr(e))
run(nested_try)

def name_unbound_after():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("in", repr(e))
    try:
        e
    except NameError as err:
        print("unbound:", type(err).__name__)
run(name_unbound_after)

def else_finally():
    try:
        print("body")
    except* ValueError:
        print("never")
    else:
        print("else")
    finally:
        print("finally")
run(else_finally)

def loop_inside_clause():
    for x in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(x)])
        except* ValueError as e:
            for y in range(3):
                if y == 1:
                    break
                print("inner", x, y)
            print("loop", x, repr(e))
run(loop_inside_clause)
