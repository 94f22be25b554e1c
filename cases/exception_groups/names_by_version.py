# case: ExceptionGroup, BaseExceptionGroup and BaseException.add_note exist from 3.11: before, the names are NameErrors and add_note an AttributeError.
# tags: exception_groups versions
e = ValueError(1)
hasattr(e, "add_note")
e.add_note("note")
ExceptionGroup
BaseExceptionGroup("m", [e])
