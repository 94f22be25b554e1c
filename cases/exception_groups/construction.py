# case: ExceptionGroup and BaseExceptionGroup construction (PEP 654): the constructor's checks and messages, the promotion of BaseExceptionGroup to ExceptionGroup, message/exceptions/args, str and repr.
# tags: exception_groups errors
# python: >=3.11
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
eg
str(eg)
eg.message
eg.exceptions
eg.args
type(eg).__mro__
str(ExceptionGroup("one", (ValueError(),)))
BaseExceptionGroup("promoted", [ValueError(1)])
type(BaseExceptionGroup("stays", [KeyboardInterrupt()])).__name__
BaseExceptionGroup("mixed", [ValueError(1), SystemExit(2)])
ExceptionGroup("x", [KeyboardInterrupt()])
ExceptionGroup("x", [])
ExceptionGroup("x", 5)
ExceptionGroup("x", {ValueError()})
ExceptionGroup(1, [ValueError()])
ExceptionGroup("x")
ExceptionGroup("x", [ValueError()], [])
ExceptionGroup("x", [ValueError(), 1])
ExceptionGroup("x", [ValueError()], extra=1)
ExceptionGroup("x", "ab")
eg.message = "y"
eg.exceptions = ()
issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception)
ExceptionGroup.__module__, ExceptionGroup.__name__, BaseExceptionGroup
isinstance(eg, BaseExceptionGroup)
excs = [ValueError(1)]
kept = ExceptionGroup("list", excs)
excs.append(TypeError(2))
kept.exceptions, kept.args
raise ExceptionGroup("escapes", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
raise BaseExceptionGroup("base", [GeneratorExit()])
