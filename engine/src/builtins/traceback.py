# The engine's `traceback`: format_exception_only, as CPython's Lib/traceback.py formats an
# exception's last line (the type's qualified name, prefixed by its module unless that is
# __main__ or builtins, then str() of the exception; from 3.11 its __notes__). Everything
# that shows a stack (print_exc, format_exc, format_exception, print_exception, extract_tb,
# ...) is unsupported: the engine's tracebacks keep no frames and the traces would show file
# paths and source lines. Also unsupported: SyntaxError's own layout, exception groups' on
# 3.13+ (show_group), the "Did you mean" suggestions 3.12+ adds to NameError, AttributeError
# and ImportError, and exception types of the modules the engine writes in Python.
import sys

_V = sys.version_info[:2]
_sentinel = object()


def _some_str(value):
    try:
        return str(value)
    except Exception:
        if _V >= (3, 11):
            return "<exception str() failed>"
        return "<unprintable %s object>" % type(value).__name__


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return "<%s %s() failed>" % (what, func.__name__)


def _chain_check(value):
    # TracebackException's constructor takes str() of every exception in the chain (in an
    # order that changed in 3.10): unsupported when one of them has its own __str__.
    seen = {id(value)}
    stack = [value.__cause__, value.__context__]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if any("__str__" in c.__dict__ for c in type(e).__mro__ if c.__module__ != "builtins"):
            _unsupported("traceback of a chained exception with its own __str__")
        stack.append(e.__cause__)
        stack.append(e.__context__)


def _check_type(etype):
    # (SyntaxError, whose layout differs, is not a name the engine has.)
    if _V >= (3, 12) and issubclass(etype, (NameError, AttributeError, ImportError)):
        _unsupported("traceback's suggestions for %s (3.12+)" % etype.__name__)
    if _V >= (3, 11) and issubclass(etype, BaseExceptionGroup):
        _unsupported("traceback's layout of an exception group")
    if etype.__module__ not in ("builtins", "__main__") and _is_library(etype):
        _unsupported("traceback of an exception type of the module " + etype.__module__)


def _is_library(etype):
    for m in ("asyncio", "concurrent", "collections", "contextlib", "functools", "itertools",
              "warnings", "random", "copy", "abc", "typing", "operator", "math", "string",
              "heapq", "bisect", "traceback", "_abc"):
        if etype.__module__ == m or etype.__module__.startswith(m + "."):
            return True
    return False


def _format_only(etype, value):
    if value is not None and not isinstance(value, BaseException):
        _unsupported("traceback.format_exception_only() of a value that is not an exception")
    _check_type(etype)
    text = _some_str(value)
    if isinstance(value, BaseException):
        _chain_check(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + "." + stype
    lines = [_final_line(stype, text)]
    if _V >= (3, 11) and isinstance(value, BaseException):
        notes = getattr(value, "__notes__", None)
        if notes is None:
            pass
        elif isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, "note")
                lines.extend(l + "\n" for l in note.split("\n"))
        elif isinstance(notes, str):
            _unsupported("traceback of __notes__ that is a str")
        elif not hasattr(notes, "__getitem__"):
            end = "\n" if _V >= (3, 12) else ""
            lines.append("%s%s" % (_safe_string(notes, "__notes__", func=repr), end))
        else:
            _unsupported("traceback of __notes__ that is neither a list nor a tuple")
    return lines


def _final_line(etype, valuestr):
    if not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


if _V >= (3, 10):

    def format_exception_only(exc, /, value=_sentinel, **kwargs):
        if kwargs:
            _unsupported("traceback.format_exception_only() with keyword arguments")
        # The type is the value's (the first argument only stands for the value when
        # that is not given).
        if value is _sentinel:
            value = exc
        return _format_only(type(value), value)

else:

    def format_exception_only(etype, value):
        return _format_only(etype, value)
