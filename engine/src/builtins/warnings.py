# The `warnings` module, after CPython's Lib/warnings.py and Python/_warnings.c: the filter
# list and its actions (error, ignore, always, default, module, once), the module's
# `__warningregistry__` with its filter version, `catch_warnings` (with `record=True`, and
# the 3.11 arguments), `simplefilter`/`filterwarnings`/`resetwarnings`, `warn`. What a shown
# warning does is the harness's: it becomes a `warning` event (as the tracer's
# `showwarning`). The engine's own warnings (a coroutine never awaited, throw()'s deprecated
# signature) come through `_engine_warn` once this module is imported. Not modelled (and
# `unsupported` where reached): `stacklevel` other than 1, `warn_explicit`, `formatwarning`,
# a replaced `showwarning`, file names, and regular expressions beyond plain text.

import sys

_V311 = sys.version_info >= (3, 11)
_V310 = sys.version_info >= (3, 10)
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Pattern:
    """What `re.compile(text, flags)` gives for a pattern that is plain text."""

    def __init__(self, text, ignorecase):
        for c in ".^$*+?{}[]\\|()":
            if c in text:
                _unsupported("a warnings filter with a regular expression")
        self.pattern = text
        self.ignorecase = ignorecase

    def match(self, s):
        if self.ignorecase:
            return s.lower().startswith(self.pattern.lower())
        return s.startswith(self.pattern)

    def __eq__(self, other):
        return (
            isinstance(other, _Pattern)
            and other.pattern == self.pattern
            and other.ignorecase == self.ignorecase
        )

    def __hash__(self):
        return hash((self.pattern, self.ignorecase))

    def __repr__(self):
        if self.ignorecase:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def _matches(pattern, s):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return pattern.match(s)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self._lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    @property
    def lineno(self):
        return self._lineno

    @property
    def filename(self):
        _unsupported("the file name of a warning")

    def __str__(self):
        _unsupported("str() of a WarningMessage (it names the file)")


def _show_event(msg):
    _show(msg.category, str(msg.message), msg.lineno)


_showwarnmsg_impl = _show_event


def showwarning(message, category, filename, lineno, file=None, line=None):
    _unsupported("warnings.showwarning called directly")


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        _unsupported("a replaced warnings.showwarning")
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    _unsupported("warnings.formatwarning")


def warn_explicit(*args, **kwargs):
    _unsupported("warnings.warn_explicit")


def _warn_at(message, category, lineno, module):
    registry = _registry()
    if registry.get("version", _filters_version) != _filters_version:
        registry.clear()
    registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (
            _matches(msg, text)
            and issubclass(category, cat)
            and _matches(mod, module)
            and (ln == 0 or lineno == ln)
        ):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = True
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = True
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = True
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = True
    elif action == "default":
        registry[key] = True
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" % (action, item)
        )
    _showwarnmsg(WarningMessage(message, category, None, lineno, None, None, None))


def warn(message, category=None, stacklevel=1, source=None, **kwargs):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            "category must be a Warning subclass, not '%s'" % (type(category).__name__,)
        )
    if stacklevel != 1:
        _unsupported("warnings.warn with a stacklevel other than 1")
    if kwargs:
        _unsupported("warnings.warn keyword arguments beyond stacklevel and source")
    _warn_at(message, category, _case_line(), "__main__")


def _engine_warn(category, text, lineno):
    _warn_at(text, category, lineno, "__main__")


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, **kwargs):
        if module is not None:
            _unsupported("catch_warnings(module=...)")
        if kwargs and not _V311:
            raise TypeError(
                "%s() got an unexpected keyword argument '%s'"
                % ("catch_warnings.__init__" if _V310 else "__init__", next(iter(kwargs)))
            )
        for k in kwargs:
            if k not in ("action", "category", "lineno", "append"):
                raise TypeError(
                    "catch_warnings.__init__() got an unexpected keyword argument '%s'" % (k,)
                )
        self._record = record
        self._entered = False
        self._filter = None
        if kwargs.get("action") is not None:
            self._filter = (
                kwargs["action"],
                kwargs.get("category", Warning),
                kwargs.get("lineno", 0),
                kwargs.get("append", False),
            )

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global filters, showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters
        filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        if self._filter is not None:
            action, category, lineno, append = self._filter
            simplefilter(action, category, lineno, append)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl
