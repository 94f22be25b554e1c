# case: ExceptionGroup.split() and subgroup() by type, tuple of types and predicate, over nested groups: the parts keep the nesting, a full match is the group itself, and a matcher of the wrong kind is a TypeError (its message changed in 3.13).
# tags: exception_groups versions
# python: >=3.11
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ValueError(3)])
eg.split(ValueError)
eg.split(KeyError)
eg.subgroup(TypeError)
eg.subgroup(KeyError)
eg.split(Exception)[0] is eg
eg.subgroup((ValueError, TypeError)) is eg
eg.split(lambda e: isinstance(e, TypeError))
eg.split(lambda e: e.args[0] > 1 if not isinstance(e, BaseExceptionGroup) else False)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
nested.split(ValueError)
nested.split(TypeError)
nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
nested.split(LookupError)
eg.split(3)
eg.split((ValueError, 3))
eg.split(int)
eg.subgroup(None)
eg.split()
eg.subgroup(ValueError, TypeError)
eg.split(matcher=ValueError)
eg.derive()
eg.derive(excs=[])
seen = []
def spy(e):
    seen.append(repr(e))
    return False
nested.subgroup(spy)
seen
def boom(e):
    raise RuntimeError("matcher failed")
eg.split(boom)
base = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
base.split(Exception)
base.subgroup(BaseException) is base
