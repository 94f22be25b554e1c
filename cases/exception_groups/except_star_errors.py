# case: The TypeErrors of except*: an ExceptionGroup type (alone or in a tuple) is refused, so is a class that is not an exception, each checked when its clause is reached; a group's own split() is what except* calls. (A split() whose result is not a 2-tuple crashes CPython 3.11-3.13, so it is not a case.)
# tags: exception_groups errors
# python: >=3.11
def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e), "| context:", repr(e.__context__))
    else:
        print("no exception")

def group_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(group_type)

def base_group_in_tuple():
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        pass
run(base_group_in_tuple)

def not_a_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 5:
        pass
run(not_a_class)

def non_exception_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, int):
        pass
run(non_exception_in_tuple)

def type_checked_before_matching():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    except* ExceptionGroup:
        pass
run(type_checked_before_matching)

class LoudSplit(ExceptionGroup):
    def split(self, matcher):
        print("split by", matcher.__name__)
        return super().split(matcher)
def loud_split():
    try:
        raise LoudSplit("loud", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("V", repr(e))
    except* KeyError as e:
        print("K", repr(e))
run(loud_split)
