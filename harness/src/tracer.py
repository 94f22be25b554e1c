"""yieldspec tracer: run one case with REPL semantics and return its trace as JSON.

This one module is shared by every Python backend: the embedded CPython backend loads it with
include_str!, the process backend sends it to a worker interpreter. It must run unchanged on
CPython 3.6+ and PyPy, so it uses no f-strings and nothing newer than 3.6.

Semantics (DESIGN.md, "The case model"):
- The file is parsed as one module; each top-level statement is compiled and run on its own, in
  one namespace where __name__ == "__main__". An expression statement's non-None value is
  recorded by repr; an escaping exception is recorded and the run goes on.
- stdout/stderr writes, unraisable exceptions and warnings are recorded in order.
- The cyclic GC is disabled while the case runs; after the last statement the namespace is torn
  down name by name in reverse order of binding, then the cyclic GC collects the case's objects once.
- With the option "finalization": "at-gc" (for runtimes without reference counting), finalizers
  are moved to the end of the statement that made their objects garbage (see _Finalizers).
- Nothing here normalises values: the Rust side does that, in one place.
"""

import ast
import builtins
import gc
import json
import operator
import os
import sys
import warnings
import weakref

try:
    import linecache as _linecache
except ImportError:  # MicroPython
    _linecache = None

try:
    import _thread
except ImportError:  # pragma: no cover - every supported interpreter has it
    _thread = None
try:
    import signal as _signal
except ImportError:
    _signal = None

# The tracer's own builtins: a case can replace or delete names in the `builtins` module
# (`builtins.len = None`, `builtins.__dict__.clear()`), which would break the tracer's code
# while it records that case's events. Functions defined below take their builtins from this
# private copy (a module's `__builtins__` as their frames see it), so they keep working; the
# real module is put back by restore() after the case.
__builtins__ = dict(builtins.__dict__)

# References to everything else the tracer calls, taken now, before any case can replace a
# module attribute (`gc.disable = None`, `json.dumps = None`).
_gc_collect = gc.collect
_gc_disable = gc.disable
_gc_enable = gc.enable
_gc_isenabled = gc.isenabled
_gc_freeze = getattr(gc, "freeze", None)
# PyPy's gc has no thresholds (nor freeze, callbacks): what a runtime lacks is not saved or
# restored.
_gc_get_threshold = getattr(gc, "get_threshold", None)
_gc_set_threshold = getattr(gc, "set_threshold", None)
_dumps = json.dumps
_loads = json.loads
_is = operator.is_
_getpid = os.getpid
_getrefcount = getattr(sys, "getrefcount", None)  # None where there is no reference counting
_real_exit = os._exit
_getcwd = os.getcwd
_chdir = os.chdir
_fstat = os.fstat
_dup = os.dup
_dup2 = os.dup2
_ast_parse = ast.parse
_ast_module_type = ast.Module
_ast_expression = ast.Expression
_ast_expr = ast.Expr
_ast_import_from = ast.ImportFrom
_PyCF_ONLY_AST = ast.PyCF_ONLY_AST
_settrace = sys.settrace
_setprofile = sys.setprofile
_setrecursionlimit = sys.setrecursionlimit
_getrecursionlimit = sys.getrecursionlimit
_builtins_dict = builtins.__dict__
_os_dict = os.__dict__
# Names the tracer itself puts into a case's namespace (never torn down).
_INITIAL_NAMES = ("__name__", "__doc__", "__builtins__")


class Timeout(BaseException):
    """Injected asynchronously by the backend's watchdog when the time budget is spent."""


# Set by the watchdog (with the GIL held) just before it injects Timeout.
timed_out = False


def _type_name(tp):
    module = getattr(tp, "__module__", "builtins")
    qualname = getattr(tp, "__qualname__", tp.__name__)
    if module in ("builtins", "__main__"):
        return qualname
    return "%s.%s" % (module, qualname)


def _safe_repr(obj):
    try:
        return _clean(repr(obj))
    except BaseException as e:  # a broken __repr__ must not break the trace
        return "<repr failed: %s>" % _type_name(type(e))


def _clean(text):
    """Text as a trace can hold it: lone surrogates (which no UTF-8 text has; a __repr__ can
    return them) become backslash escapes."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _lines(source):
    """The source's lines as the compiler counts them: split at \\n, \\r\\n and a lone \\r only
    (str.splitlines() also splits at form feeds, U+2028 and other characters that are no line
    break to Python's tokenizer, which would shift every later statement's text)."""
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    return source.split("\n")


def _exception_info(exc):
    info = {
        "type_name": _type_name(type(exc)),
        "repr": _safe_repr(exc),
        "value": None,
        "cause": None,
        "context": None,
        "suppress_context": bool(exc.__suppress_context__),
    }
    if isinstance(exc, StopIteration):
        info["value"] = _safe_repr(exc.value)
    if exc.__cause__ is not None:
        info["cause"] = _type_name(type(exc.__cause__))
    if exc.__context__ is not None:
        info["context"] = _type_name(type(exc.__context__))
    return info


class _Recorder(object):
    """Collects the events of the current statement; enforces the output cap."""

    def __init__(self, output_cap):
        self.events = []
        self.output_cap = output_cap
        self.output_used = 0
        self.truncated = False

    def take(self):
        events, self.events = self.events, []
        return events

    # stream() and value() are on every write's path: the output cap is applied inline (the
    # same operations on `text`, in the same order, as a helper would do).

    def stream(self, kind, text):
        if self.truncated:
            return
        room = self.output_cap - self.output_used
        if len(text) <= room:
            self.output_used += len(text)
        else:
            self.output_used = self.output_cap
            self.truncated = True
            text = text[:room]
        events = self.events
        if text:
            if events and events[-1]["kind"] == kind:
                events[-1]["text"] += text
            else:
                events.append({"kind": kind, "text": text})
        if self.truncated:
            events.append({"kind": "truncated", "cap": self.output_cap})

    def value(self, repr_text):
        """The repr of an expression statement's value; cut at the output cap (one truncated
        event), nothing at all once the cap has been reached."""
        if self.truncated:
            return
        room = self.output_cap - self.output_used
        if len(repr_text) <= room:
            self.output_used += len(repr_text)
            self.events.append({"kind": "value", "repr": repr_text})
            return
        self.output_used = self.output_cap
        self.truncated = True
        text = repr_text[:room]
        if text:
            self.events.append({"kind": "value", "repr": text})
        self.events.append({"kind": "truncated", "cap": self.output_cap})

    def add(self, event):
        self.events.append(event)


class _Stream(object):
    """A text stream standing in for sys.stdout / sys.stderr."""

    def __init__(self, recorder, kind):
        self._recorder = recorder
        self._kind = kind

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        # A real UTF-8 stdout (strict errors) refuses lone surrogates with this very error.
        text.encode("utf-8")
        self._recorder.stream(self._kind, text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    @property
    def encoding(self):
        return "utf-8"


def _statement_start(stmt):
    """(line, col) of a statement's first token: its first decorator if it has one."""
    line, col = stmt.lineno, stmt.col_offset
    for dec in getattr(stmt, "decorator_list", ()):
        # the decorator's '@' is one column left of its expression
        if (dec.lineno, dec.col_offset - 1) < (line, col):
            line, col = dec.lineno, dec.col_offset - 1
    return line, col


def _statement_source(lines, line, col):
    if line - 1 >= len(lines):
        return ""
    raw = lines[line - 1].encode("utf-8")[col:]
    return raw.decode("utf-8", "replace").rstrip()


def _module(body):
    if sys.version_info >= (3, 8):
        return _ast_module_type(body=body, type_ignores=[])
    return _ast_module_type(body=body)


class _Case(object):
    """One run of one case."""

    def __init__(self, source, filename, options, statements=None):
        self.source = source
        self.filename = filename
        self.recorder = _Recorder(int(options.get("output_cap", 1 << 20)))
        # Whether to undo everything a case can change in the interpreter (and look for what
        # cannot be undone) after it, or only what the tracer itself changes and the builtins:
        # the fuzzer's generated programs touch nothing else, and the full check costs about
        # as much as running one of them.
        self.isolate = bool(options.get("isolate", True))
        # Optional statement boundaries from the caller: (line, col, start, end, expr, future)
        # tuples, or dicts with those keys from a JSON request (byte offsets into the UTF-8
        # source; col is the start's byte column in its line).
        spans = statements if statements is not None else options.get("statements")
        if spans and isinstance(spans[0], dict):
            keys = ("line", "col", "start", "end", "expr", "future")
            spans = [tuple(span.get(k) for k in keys) for span in spans]
        self.spans = spans
        self.statements = []
        self.teardown = []
        self.flags = 0  # __future__ flags of statements seen so far
        # Also record control transfers of generators (`yieldspec explain`; _Transfers).
        self.transfers = bool(options.get("transfers"))
        self.finalizers = None
        if options.get("finalization") == "at-gc":
            self.finalizers = _Finalizers(self.recorder, filename)

    # -- hooks -----------------------------------------------------------------------------

    def _unraisable(self, args):
        if isinstance(args.exc_value, (Timeout, _Exited)) or timed_out:
            return  # the case is a timeout; what its budget interrupted is not an event
        message = args.err_msg if args.err_msg is not None else "Exception ignored in"
        obj = "" if args.object is None else _safe_repr(args.object)
        exc = args.exc_value
        if exc is None:
            exc = args.exc_type()
        self.recorder.add(
            {
                "kind": "unraisable",
                "message": message,
                "object": obj,
                "exception": _exception_info(exc),
            }
        )

    def _showwarning(self, message, category, filename, lineno, file=None, line=None):
        finalizers = self.finalizers
        if (
            finalizers is not None
            and finalizers.line is not None
            and (filename == _TRACER_FILE or (finalizers.collecting and filename != self.filename))
        ):
            # at-gc mode: a finalizer that the tracer's collection (or, on PyPy, a collection
            # anywhere in the tracer) ran warns at the phase's line, as a release at the
            # statement does in exact mode (where it ran is the timing the mode hides; PyPy
            # sometimes runs it with no frame, which warns at `sys:1`)
            lineno = finalizers.line
        self.recorder.add(
            {
                "kind": "warning",
                "category": _type_name(category),
                "message": _clean(str(message)),
                "line": int(lineno or 0),
            }
        )

    # -- running ---------------------------------------------------------------------------

    def _compile(self):
        """Compile every top-level statement before any runs (so a file with a syntax error is
        rejected as a whole, as `python3 case.py` would). Returns [(line, source, mode, code)]."""
        if self.spans is not None:
            return self._compile_spans()
        tree = compile(self.source, self.filename, "exec", _PyCF_ONLY_AST, dont_inherit=True)
        lines = _lines(self.source)
        steps = []
        for stmt in tree.body:
            if isinstance(stmt, _ast_import_from) and stmt.module == "__future__":
                self._add_future_flags(stmt)
            line, col = _statement_start(stmt)
            if isinstance(stmt, _ast_expr):
                mode, node = "eval", _ast_expression(body=stmt.value)
            else:
                mode, node = "exec", _module([stmt])
            code = compile(node, self.filename, mode, self.flags, dont_inherit=True)
            steps.append((line, _statement_source(lines, line, col), mode, code))
        return steps

    def _compile_spans(self):
        """The fast path: statement boundaries come from the caller (the harness parses the file
        once in Rust); each statement is compiled from its own source text, with blank lines in
        front so that line numbers stay those of the file."""
        data = self.source.encode("utf-8")
        lines = _lines(self.source)
        steps = []
        cached = _code_cache.get
        filename = self.filename
        for line, col, start, end, expr, future in self.spans:
            text = data[start:end].decode("utf-8")
            if future:
                self._add_future_flags(_ast_parse(text).body[0])
            mode = "eval" if expr else "exec"
            hit = cached((text, line, mode, self.flags, filename))
            if hit is not None and not hit[1]:  # the common case of _compile_cached, inline
                hit[2] = True
                code = hit[0]
            else:
                try:
                    code = self._compile_cached(text, line, mode)
                except SyntaxError as e:
                    if e.lineno == line and e.offset is not None:
                        e.offset += col
                    raise
            if col == 0 and line <= len(lines):
                source = lines[line - 1].rstrip()  # what _statement_source gives at column 0
            else:
                source = _statement_source(lines, line, col)
            steps.append((line, source, mode, code))
        return steps

    def _compile_cached(self, text, line, mode):
        """compile() of one statement, through _code_cache. compile() is a pure function of its
        arguments while the warning filters are the interpreter's defaults (they always are here:
        every statement is compiled before the case runs), and so are the warnings it shows: a
        cache hit replays the events the first compilation recorded, so a case's trace does not
        depend on which cases ran before it. Text seen before at another line is not compiled
        again where the code can be moved (see _relocated)."""
        key = (text, line, mode, self.flags, self.filename)
        hit = _code_cache.get(key)
        if hit is not None:
            hit[2] = True
            for event in hit[1]:
                self.recorder.add(dict(event))
            return hit[0]
        if len(_code_cache) >= _CODE_CACHE_LIMIT:
            _sweep_code_cache()
        moved = None
        if _RELOCATE:
            base_key = (text, None, mode, self.flags, self.filename)
            base = _code_cache.get(base_key)
            if base is not None:
                base[2] = True
                state = base[0]
                if state is not None and len(state) == 2:
                    # First seen again: find out whether it can move (None: it cannot).
                    state = base[0] = _relocation_base(*state)
                if state is not None:
                    moved = _relocated(state, line)
        if moved is not None:
            _code_cache[key] = [moved, (), False]
            return moved
        before = len(self.recorder.events)
        code = compile("\n" * (line - 1) + text, self.filename, mode, self.flags, True)
        events = tuple(dict(event) for event in self.recorder.events[before:])
        _code_cache[key] = [code, events, False]
        if _RELOCATE and not events and base is None:
            _code_cache[base_key] = [(code, line), (), False]
        return code

    def _add_future_flags(self, stmt):
        import __future__

        for alias in stmt.names:
            feature = getattr(__future__, alias.name, None)
            if feature is not None:
                self.flags |= feature.compiler_flag

    def run(self):
        try:
            steps = self._compile()
        except SyntaxError as e:
            return {
                "status": "syntax_error",
                "message": str(e.msg),
                "line": int(e.lineno or 0),
                "column": int(e.offset or 0),
            }
        except (RecursionError, MemoryError) as e:
            # Nested too deeply for CPython's parser or compiler: `python3 case.py` stops
            # before running anything, as for a syntax error.
            return {
                "status": "syntax_error",
                "message": "%s: %s" % (type(e).__name__, e),
                "line": 0,
                "column": 0,
            }
        namespace = {"__name__": "__main__", "__doc__": None, "__builtins__": builtins}
        status = "completed"
        transfers = _Transfers.start(self) if self.transfers else None
        try:
            for line, source, mode, code in steps:
                record = {"line": line, "source": source, "events": []}
                self.statements.append(record)
                if self.finalizers is None:
                    self._run_statement(mode, code, namespace, line)
                else:
                    self.finalizers.at(line, namespace)
                    self.finalizers.phase(self._run_statement, mode, code, namespace, line)
                record["events"] = self.recorder.take()
                if timed_out:
                    status = "timeout"
                    break
                if _exit_status[0] is not None:
                    status = "exited"
                    break
            if status == "completed":
                if self.finalizers is None:
                    self._teardown(namespace)
                else:
                    self._teardown_at_gc(namespace)
                if timed_out:  # a finalizer at teardown overran the budget
                    status = "timeout"
                elif _exit_status[0] is not None:
                    status = "exited"
        except Timeout:
            status = "timeout"
            if self.finalizers is not None:
                self.finalizers.abandon()
            if self.statements:
                self.statements[-1]["events"] = self.recorder.take()
        finally:
            if transfers is not None:
                transfers.stop()
        if status != "completed":
            # Leave nothing behind; finalizers of a timed-out case are not recorded.
            self.recorder.take()
            try:
                namespace.clear()
                _gc_collect(0)
            except BaseException:
                pass
            self.recorder.take()
        # A case that called gc.collect() itself left what survived that in an older
        # generation, which the teardown's gc.collect(0) does not look at: collect every
        # generation now (its events are not the case's), and freeze what is left (garbage
        # CPython cannot free: a generator that ignored its close() from 3.11), so that a
        # later case's collection on this interpreter never finds this case's objects.
        try:
            _gc_collect()
            if _gc_freeze is not None and not (
                self.finalizers is not None and self.finalizers.frozen
            ):
                _gc_freeze()
        except BaseException:
            pass
        self.recorder.take()
        result = {
            "status": status,
            "statements": self.statements,
            "teardown": self.teardown,
        }
        if status == "exited":
            result["message"] = "the case ended the interpreter with os._exit(%r)" % (
                _exit_status[0],
            )
        return result

    def _run_statement(self, mode, code, namespace, line):
        try:
            if mode == "eval":
                value = eval(code, namespace)
                if value is not None:
                    # record before the value is released, as the display hook would
                    self.recorder.value(_clean(repr(value)))
                    if _getrefcount is not None and _getrefcount(value) > 2:
                        # held elsewhere too (this name and the call's argument are two):
                        # letting go of it frees nothing, so no finalizer can run
                        value = None
                    else:
                        box = [value]
                        value = None
                        _at_line(_release_box, self.filename, line, namespace, box)
            else:
                exec(code, namespace)
        except Timeout:
            _leave_if_forked()
            raise
        except BaseException as exc:
            _leave_if_forked()
            if timed_out:
                raise Timeout()
            if isinstance(exc, _Exited):
                return
            self.recorder.add({"kind": "raise", "exception": _exception_info(exc)})
            # released after the handler (which holds it as the handled exception), at the
            # statement's line
            box = [exc]
            exc = None
        else:
            box = None
        _leave_if_forked()
        if box:
            _at_line(_release_box, self.filename, line, namespace, box)
            _leave_if_forked()

    def _teardown(self, namespace):
        for name in reversed(list(namespace)):
            if name in _INITIAL_NAMES:
                continue
            try:
                if _getrefcount is not None and _getrefcount(namespace[name]) > 2:
                    # held elsewhere too (the namespace and the call's argument are two):
                    # deleting the name frees nothing, so no finalizer can run
                    del namespace[name]
                else:
                    # at line 0: a release outside any statement
                    _at_line(_delete_name, self.filename, 0, namespace, namespace, name)
            except KeyError:  # a finalizer already removed it
                pass
            except _Exited:
                pass
            _leave_if_forked()
            events = self.recorder.take()
            if events:
                self.teardown.append({"label": "del " + name, "events": events})
            if _exit_status[0] is not None:
                return
        _gc_collect(0)
        _leave_if_forked()
        events = self.recorder.take()
        if events:
            self.teardown.append({"label": "gc", "events": events})

    def _teardown_at_gc(self, namespace):
        """The teardown a runtime without reference counting needs: collect first (so that no
        finalizer of garbage made by the last statements meets a deleted name), then delete
        the names one by one in reverse order of binding, collecting after each (at line 0,
        like the exact teardown's releases)."""
        self.finalizers.at(0, namespace)
        self.finalizers.phase(_nothing)
        events = self.recorder.take()
        if events:
            self.teardown.append({"label": "gc", "events": events})
        for name in reversed(list(namespace)):
            if name in _INITIAL_NAMES:
                continue
            self.finalizers.phase(namespace.pop, name, None)
            events = self.recorder.take()
            if events:
                self.teardown.append({"label": "del " + name, "events": events})


def _nothing():
    pass


# Generators, coroutines and async generators: the objects whose finalizers run case code.
_CO_FINALIZABLE = 0x20 | 0x80 | 0x200  # CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


def _finalizable_types():
    import types

    names = ("GeneratorType", "CoroutineType", "AsyncGeneratorType")
    return frozenset(getattr(types, n) for n in names if hasattr(types, n))


# A runtime that frees an object when its last reference goes (CPython, RustPython) rather than
# at the next collection (PyPy).
_REFCOUNTED = hasattr(sys, "getrefcount")


class _Finalizers(object):
    """The "at-gc" finalization mode: every top-level statement (and every teardown step) is a
    phase; at its end the collector runs until it frees nothing more, and the events of every
    finalizer that ran for the phase's garbage are recorded at the phase's end, one group per
    finalizer, groups sorted by their content. CPython finalizes at `del`, PyPy at the next
    collection; this way both give the same trace.

    On a refcounting runtime a dropped generator would be finalized at once, so during a phase
    the tracer holds a reference to every live generator, coroutine and async generator of the
    case (those alive when the phase starts, found with gc.get_objects, and those first resumed
    during it, caught by a profile hook) and lets go of them at the phase's end; a __del__ that
    runs during the phase has its events moved to the end too. Where the runtime has
    gc.freeze, the interpreter's own objects are frozen while the case runs, so the collections
    look at the case's objects only."""

    def __init__(self, recorder, filename):
        self.recorder = recorder
        self.filename = filename
        self.types = _finalizable_types()
        self.kept = []
        self.kept_ids = set()
        # frames of the held objects, and of generators already looked for (one search each)
        self.frames = set()
        self.groups = []
        # during a phase: [(frame of a running __del__, the events it interrupted)]
        self.in_del = []
        # during the collection: case frames on the stack, and whether a finalizer ran
        self.depth = 0
        self.active = False
        # whether the interpreter's own objects are frozen (set by _Environment)
        self.frozen = False
        # the line of the current phase (a statement's; 0 at teardown) and the case's globals:
        # the collection releases and collects in a frame of the case's file at that line
        self.line = None
        self.namespace = None
        # the code of those frames (not a finalizer running case code)
        self.helpers = ()
        # whether the collection at a phase's end is running
        self.collecting = False

    def at(self, line, namespace):
        """The phases that follow belong to `line` (0: the teardown) of the case `namespace`."""
        self.line = line
        self.namespace = namespace

    def phase(self, action, *args):
        """Run action(*args), then collect; the phase's finalizer events end the recorder's
        current events."""
        if _REFCOUNTED:
            self._keep_live()
            sys.setprofile(self._profile_phase)
            try:
                action(*args)
            finally:
                sys.setprofile(None)
                self._end_del_groups()
        else:
            action(*args)
        self._collect()
        groups, self.groups = self.groups, []
        groups.sort(key=_group_key)
        for group in groups:
            for event in group:
                self.recorder.add(event)

    def _keep_live(self):
        types = self.types
        for obj in gc.get_objects():
            if type(obj) in types:
                self._keep(obj)

    def _keep(self, obj):
        if id(obj) not in self.kept_ids:
            self.kept_ids.add(id(obj))
            self.kept.append(obj)
            frame = _frame(obj)
            if frame is not None:
                self.frames.add(frame)

    def _profile_phase(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if code.co_flags & _CO_FINALIZABLE:
                if frame not in self.frames:
                    # a generator created during this phase runs for the first time: hold it
                    # (it is among the newest objects of the youngest generation)
                    self.frames.add(frame)
                    types = self.types
                    for obj in reversed(_young_objects() if self.frozen else gc.get_objects()):
                        if type(obj) in types and _frame(obj) is frame:
                            self._keep(obj)
                            break
            elif code.co_name == "__del__" and code.co_filename == self.filename:
                self.in_del.append((frame, self.recorder.events))
                self.recorder.events = []
        elif event == "return" and self.in_del and self.in_del[-1][0] is frame:
            self._end_del_group()

    def _end_del_group(self):
        _, interrupted = self.in_del.pop()
        if self.recorder.events:
            self.groups.append(self.recorder.events)
        self.recorder.events = interrupted

    def _end_del_groups(self):
        while self.in_del:
            self._end_del_group()

    def _collect(self):
        """Let go of the held objects, then collect until nothing more is freed (CPython: a
        collection that finds nothing; PyPy, whose gc.collect() returns None: a collection in
        which no finalizer ran case code), splitting the events into one group per finalizer."""
        outer = self.recorder.events
        self.recorder.events = []
        self.depth = 0
        sys.setprofile(self._profile_collect)
        try:
            kept, self.kept = self.kept, []
            self.kept_ids = set()
            self.frames = set()
            # at the phase's line of the case's file, as exact mode's releases: a finalizer
            # that warns (a coroutine never awaited) names that line, and the case's warning
            # registry sees it there
            line = self.line or 0
            release = _at_line_function(_release_all, self.filename, line, self.namespace)
            collect = _at_line_function(_collect_with, self.filename, line, self.namespace)
            self.helpers = (release.__code__, collect.__code__)
            # Every warning a finalizer gives is shown: the once-per-location rule would key it
            # by where the finalizer ran, which differs between runtimes (PyPy may run it with
            # no frame, at `sys:1`, whose registry outlives the case)
            saved_filters = warnings.filters[:]
            warnings.filters.insert(0, ("always", None, Warning, None, 0))
            _reset_warning_caches()
            self.collecting = True
            try:
                release(kept)
                for _ in range(10):
                    self.active = False
                    found = collect(gc.collect)
                    if not found and not self.active:
                        break
            finally:
                self.collecting = False
                warnings.filters[:] = saved_filters
                _reset_warning_caches()
        finally:
            sys.setprofile(None)
            self._start_group()
            self.recorder.events = outer

    def _start_group(self):
        if self.recorder.events:
            self.groups.append(self.recorder.events)
            self.recorder.events = []

    def _profile_collect(self, frame, event, arg):
        if event == "call":
            if self.depth:
                self.depth += 1
            elif frame.f_code.co_filename == self.filename and frame.f_code not in self.helpers:
                # a finalizer starts running case code: a new group
                self._start_group()
                self.active = True
                self.depth = 1
        elif event == "return" and self.depth:
            self.depth -= 1

    def abandon(self):
        """After a timeout: forget the held objects and any half-recorded groups."""
        sys.setprofile(None)
        self.kept = []
        self.kept_ids = set()
        self.frames = set()
        self.groups = []
        self.in_del = []
        self.collecting = False



def _young_objects():
    """The objects tracked since the last collection (generation 0; before 3.8, all)."""
    try:
        return gc.get_objects(0)
    except TypeError:
        return gc.get_objects()


# The tracer's own file name (a warning from a finalizer that a collection in the tracer ran
# names a line of it).
_TRACER_FILE = _young_objects.__code__.co_filename


def _frame(obj):
    for attr in ("gi_frame", "cr_frame", "ag_frame"):
        frame = getattr(obj, attr, None)
        if frame is not None:
            return frame
    return None


def _group_key(group):
    """Finalizer groups are ordered by their content with addresses masked (the order in which a
    collector runs finalizers is part of the timing the mode hides)."""
    import re

    return re.sub(r"0x[0-9a-fA-F]+", "0x", json.dumps(group, sort_keys=True))


# -- Control transfers (`yieldspec explain`) --------------------------------------------------
#
# A sys.settrace recorder of the frames of generators, coroutines and async generators the case
# defines: who resumes whom and how (start, send with the sent value, throw with the exception
# entering), and how each frame is left (yield with the value, return with the StopIteration
# value, raise). The events go into the trace as "transfer" events, in order with the rest.
#
# What settrace shows and how it is read: a "call" event is a resume (the resumer is the
# nearest generator frame below, else the caller); an "exception" event before any other
# event of the resumed frame is an exception thrown in; a "return" event is a yield when the
# frame stopped at a yield instruction with no exception event since its last line event, a
# return when it stopped at a return instruction, else a raise of the last exception seen in
# the frame (one re-raised at the end of a `finally` has no event of its own). A resume is the first (a start) when the frame is at the code's
# first RESUME (3.11+) or has not run (f_lasti -1). The sent value is the top of the resumed frame's value stack,
# which the garbage collector's traversal visits last (the frame's on 3.8-3.10, the
# generator's on 3.11+); a probe checks that on this interpreter, and where it does not hold
# the value is recorded as "?".

_GEN_FLAGS = 0x20 | 0x80 | 0x100 | 0x200  # GENERATOR, COROUTINE, ITERABLE_COROUTINE, ASYNC_GENERATOR
_YIELD_OPS = None  # YIELD_VALUE, YIELD_FROM, RESUME opcodes or None (set on first use)
_DELEGATION_OPS = None  # opcodes of a `yield from` / `await` (set on first use)
_RETURN_OPS = None  # RETURN_VALUE, RETURN_CONST (set on first use)
_SENT_VALUE_READABLE = None  # whether the probe found the sent value (set on first use)


class _Transfers(object):
    """The settrace recorder of one case's control transfers."""

    def __init__(self, case):
        self.recorder = case.recorder
        self.filename = case.filename
        self.gens = {}  # id(frame) -> weakref to its generator (checked against its frame)
        self.pending = {}  # id(frame) -> (resumer label, sent value repr, first resume)
        # id(frame) -> (type name of the last exception seen in that frame, whether no line
        # event came since)
        self.raising = {}

    @classmethod
    def start(cls, case):
        _transfer_setup()
        recorder = cls(case)
        sys.settrace(recorder.global_trace)
        return recorder

    def stop(self):
        sys.settrace(None)

    # the trace functions

    def global_trace(self, frame, event, arg):
        code = frame.f_code
        if not (code.co_flags & _GEN_FLAGS) or code.co_filename != self.filename:
            return None
        if event == "call":
            self.on_resume(frame)
        return self.local_trace

    def local_trace(self, frame, event, arg):
        key = id(frame)
        if event == "line":
            self.flush(frame)
            seen = self.raising.get(key)
            if seen is not None and seen[1]:
                self.raising[key] = (seen[0], False)
        elif event == "exception":
            pending = self.pending.pop(key, None)
            name = _type_name(arg[0])
            if pending is not None:
                self.emit("throw", pending[0], self.label(frame), name)
                self.raising[key] = (name, True)
            elif not (name == "StopIteration" and _at_delegation(frame)):
                # (a StopIteration at the `yield from` instruction is how tracing reports
                # the end of the delegation, not an exception raised in the frame)
                self.raising[key] = (name, True)
        elif event == "return":
            self.flush(frame)
            raising = self.raising.pop(key, None)
            to = self.resumer(frame)
            if raising is not None and raising[1]:
                # an exception came with no line event since (one thrown in at a yield leaves
                # the frame at that yield)
                self.emit("raise", self.label(frame), to, raising[0])
            elif _at_yield(frame):
                self.emit("yield", self.label(frame), to, _safe_repr(_unwrap_yielded(arg)))
            elif _at_return(frame):
                self.emit("return", self.label(frame), to, _safe_repr(arg))
            else:
                # left by an exception: the last one seen in the frame (one re-raised at the
                # end of a `finally` or by a bare `raise` has no event of its own)
                self.emit("raise", self.label(frame), to, raising[0] if raising else "?")
        return self.local_trace

    # what the events mean

    def on_resume(self, frame):
        resumer = self.resumer_frame(frame)
        if resumer is not None:
            self.flush(resumer)  # it is running: its own resume comes first
        gen = self.gen_of(frame)
        first = _first_resume(frame)
        sent = "" if first else _sent_value(frame, gen)
        label = "caller" if resumer is None else self.label(resumer)
        self.pending[id(frame)] = (label, sent, first)
        self.raising.pop(id(frame), None)

    def flush(self, frame):
        pending = self.pending.pop(id(frame), None)
        if pending is not None:
            resumer, sent, first = pending
            step = "start" if first else "send"
            self.emit(step, resumer, self.label(frame), sent)

    def resumer_frame(self, frame):
        back = frame.f_back
        while back is not None:
            code = back.f_code
            if code.co_flags & _GEN_FLAGS and code.co_filename == self.filename:
                return back
            back = back.f_back
        return None

    def resumer(self, frame):
        back = self.resumer_frame(frame)
        return "caller" if back is None else self.label(back)

    def gen_of(self, frame):
        ref = self.gens.get(id(frame))
        gen = ref() if ref is not None else None
        if gen is not None and _frame_of(gen) is frame:
            return gen
        for obj in gc.get_referrers(frame):
            if _frame_of(obj) is frame:
                if not _is_finalized(obj):
                    # (the weak references of a generator closed by its deallocation are
                    # cleared before its finalizer runs, and one made then would outlive it)
                    try:
                        self.gens[id(frame)] = weakref.ref(obj)
                    except TypeError:
                        pass
                return obj
        return None

    def label(self, frame):
        gen = self.gen_of(frame)
        if gen is None:
            return "%s at ?" % frame.f_code.co_name
        return "%s at %#x" % (getattr(gen, "__name__", frame.f_code.co_name), id(gen))

    def emit(self, step, source, target, value):
        self.recorder.add(
            {"kind": "transfer", "step": step, "from": source, "to": target, "value": value}
        )


def _frame_of(obj):
    for attr in ("gi_frame", "cr_frame", "ag_frame"):
        frame = getattr(type(obj), attr, None)
        if frame is not None:
            return getattr(obj, attr, None)
    return None


def _unwrap_yielded(value):
    """The value an async generator yields: CPython hands it out of the frame wrapped (an
    `async_generator_wrapped_value`, its only referent), so that `asend()` can tell it from
    what an `await` inside passes through."""
    if type(value).__name__ == "async_generator_wrapped_value":
        referents = gc.get_referents(value)
        if len(referents) == 1:
            return referents[0]
    return value


def _at_return(frame):
    """Whether a frame being left is at a return instruction (else an exception leaves it)."""
    code = frame.f_code.co_code
    i = frame.f_lasti
    return 0 <= i < len(code) and code[i] in _RETURN_OPS


def _first_resume(frame):
    """Whether the "call" event of a generator frame is its first resume (its start): the frame
    is at the RESUME with oparg 0 that begins the code (3.11+; 1-3 follow a yield, yield from,
    await), or has run no instruction yet (f_lasti -1, up to 3.10). (Not a set of started
    generators: a generator closed by its deallocation has lost its weak references when its
    finally runs, and a new generator may take its address.)"""
    i = frame.f_lasti
    resume = _YIELD_OPS[2]
    if resume is None:
        return i < 0
    code = frame.f_code.co_code
    return 0 <= i < len(code) - 1 and code[i] == resume and code[i + 1] & 3 == 0


def _is_finalized(obj):
    is_finalized = getattr(gc, "is_finalized", None)
    return is_finalized is not None and is_finalized(obj)


def _at_yield(frame):
    """Whether a frame being left stopped at a yield (it is suspended, not finished): at the
    YIELD_VALUE, at the instruction before YIELD_FROM (3.8-3.10 re-run it), or at the RESUME
    after YIELD_VALUE (3.13)."""
    code = frame.f_code.co_code
    i = frame.f_lasti
    if not 0 <= i < len(code):
        return False
    yield_value, yield_from, resume = _YIELD_OPS
    return (
        code[i] == yield_value
        or (yield_from is not None and i + 2 < len(code) and code[i + 2] == yield_from)
        or (resume is not None and code[i] == resume and i >= 2 and code[i - 2] == yield_value)
    )


def _at_delegation(frame):
    """Whether a frame is at the instruction of a `yield from` / `await`."""
    code = frame.f_code.co_code
    i = frame.f_lasti
    return 0 <= i < len(code) and code[i] in _DELEGATION_OPS


def _sent_value(frame, gen):
    """repr of the value a resumed frame was sent: the top of its value stack (see above)."""
    if not _SENT_VALUE_READABLE or gen is None:
        return "?"
    value = _stack_top(frame, gen)
    return "?" if value is _MISSING else _safe_repr(value)


_MISSING = object()


def _stack_top(frame, gen):
    if sys.version_info >= (3, 11):
        refs = gc.get_referents(gen)
        handled = sys.exc_info()[1]
        if refs and handled is not None and refs[-1] is handled:
            refs = refs[:-1]  # the generator's own handled exception is visited after its frame
    else:
        refs = gc.get_referents(frame)
    return refs[-1] if refs else _MISSING


def _transfer_setup():
    """Find the yield opcodes and probe that the sent value can be read (once)."""
    global _YIELD_OPS, _DELEGATION_OPS, _RETURN_OPS, _SENT_VALUE_READABLE
    if _YIELD_OPS is not None:
        return
    import dis

    _YIELD_OPS = tuple(dis.opmap.get(name) for name in ("YIELD_VALUE", "YIELD_FROM", "RESUME"))
    _RETURN_OPS = frozenset(
        dis.opmap[name] for name in ("RETURN_VALUE", "RETURN_CONST") if name in dis.opmap
    )
    _DELEGATION_OPS = frozenset(
        dis.opmap[name] for name in ("YIELD_FROM", "SEND", "END_SEND") if name in dis.opmap
    )
    marker = object()
    seen = []

    def probe():
        yield 1
        yield 2

    def trace(frame, event, arg):
        if event == "call" and frame.f_code is probe.__code__ and seen:
            seen.append(_stack_top(frame, gen) is marker)
        elif event == "call" and frame.f_code is probe.__code__:
            seen.append(None)
        return None

    gen = probe()
    old = sys.gettrace()
    sys.settrace(trace)
    try:
        next(gen)
        gen.send(marker)
    finally:
        sys.settrace(old)
    _SENT_VALUE_READABLE = seen == [None, True]


class _Exited(BaseException):
    """Raised by os._exit() while a case runs (see _case_exit)."""


# The status a case passed to os._exit() (None: it did not call it).
_exit_status = [None]
# Whether this process is the child of a fork() a case made.
_forked = [False]


def _case_exit(status):
    """os._exit() while a case runs: the case ends there (the tracer reports it as an ending of
    the interpreter), but the interpreter, shared with the next case, stays."""
    _exit_status[0] = status
    raise _Exited(status)


def _leave_if_forked():
    """A child process forked by a case ends as soon as control is back in the tracer: it must
    neither record nor answer (the parent does both)."""
    if _forked[0]:
        _real_exit(0)


def _after_fork_in_child():
    _forked[0] = True
    for fd in _protocol_fds:
        try:
            os.close(fd)
        except OSError:
            pass


# File descriptors of the process worker's protocol (closed in a forked child).
_protocol_fds = []
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


# Compiled statements by (text, line, mode, future flags, filename): generated programs share
# many statements (the fuzzer runs them all under one filename), and compiling is most of what
# CPython spends on a small program. Code objects are immutable, so sharing them across cases
# is unobservable; the events a compilation recorded (its warnings) are kept with the code.
# Entries are [code, events, used since the last sweep]. Under (text, None, mode, flags,
# filename) is what _relocated moves to other lines: (code, line) of the first compilation, made
# a _relocation_base when the text is seen at another line (None: it cannot be moved).
_code_cache = {}
_CODE_CACHE_LIMIT = 8192


def _sweep_code_cache():
    """Make room: keep what was used since the last sweep (a program's driver statements recur,
    most function bodies do not), or start over when that is still too much."""
    used = [(key, entry) for key, entry in _code_cache.items() if entry[2]]
    _code_cache.clear()
    if len(used) < _CODE_CACHE_LIMIT // 2:
        for key, entry in used:
            entry[2] = False
            _code_cache[key] = entry


# Moving compiled code to another line. The same statement text recurs at different lines (in
# generated programs most driver statements and some function definitions do), and compiling it
# again costs 10-70 us. Where the location table format is known (CPython 3.11-3.13, PEP 626/657
# "co_linetable"), the code compiled at one line is moved instead: every line in a location
# table is a delta from the previous one, so a nested code object (a function or class body)
# moves with its co_firstlineno alone; the statement's own code keeps co_firstlineno 1 and
# starts with entries on line 0 (RESUME), so only its first entry on a real line is re-encoded,
# by the compiler's own rules (write_location_info_entry in CPython's assembler), and the rest
# is kept. The result is the very code object compile() gives at the new line; code that does
# not have this shape (or records a line elsewhere, like 3.13's __firstlineno__ in a class
# body) is compiled per line as before. harness/tests/tracer_paths.rs checks the equality.
_RELOCATE = getattr(sys, "implementation", None) is not None and (
    sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
)
_CodeType = type(compile("", "", "exec"))


# One line each: their code has one line number, which _at_line moves.
def _release_box(box): box.pop()  # noqa: E704
def _delete_name(ns, name): del ns[name]  # noqa: E704
def _release_all(kept): del kept[:]  # noqa: E704
def _collect_with(collect): return collect()  # noqa: E704


_FunctionType = type(_release_box)


# The helpers' code moved to a file and line, by (helper, filename, line): every generated
# program runs as fuzz.py, so a few hundred entries serve a whole fuzz run.
_at_line_codes = {}


def _at_line(helper, filename, line, namespace, *args):
    """Call the one-line `helper` in a frame of the case's file at `line`, with the case's
    globals: what it releases (a coroutine that was never awaited, in a value, an exception's
    traceback or a namespace entry) warns at `line`, as it would in the statement itself, not
    at a line of the tracer."""
    return _at_line_function(helper, filename, line, namespace)(*args)


def _at_line_function(helper, filename, line, namespace):
    """The one-line `helper` as a function whose code is at `line` of `filename`, with the
    globals `namespace` (the helper itself where code cannot be moved)."""
    key = (helper, filename, line)
    code = _at_line_codes.get(key)
    if code is not None:
        return _FunctionType(code, namespace)
    code = helper.__code__
    if hasattr(code, "replace"):
        code = code.replace(co_filename=filename, co_firstlineno=line)
        if len(_at_line_codes) >= 4096:
            _at_line_codes.clear()
        _at_line_codes[key] = code
    elif hasattr(code, "co_kwonlyargcount"):  # 3.6 and 3.7: no code.replace()
        code = _CodeType(
            code.co_argcount, code.co_kwonlyargcount, code.co_nlocals, code.co_stacksize,
            code.co_flags, code.co_code, code.co_consts, code.co_names, code.co_varnames,
            filename, code.co_name, line, code.co_lnotab, code.co_freevars, code.co_cellvars,
        )
    else:  # Python 2: no coroutines to warn about
        return helper
    return _FunctionType(code, namespace)


def _read_varint(table, i):
    b = table[i]
    i += 1
    value = b & 63
    shift = 0
    while b & 64:
        b = table[i]
        i += 1
        shift += 6
        value |= (b & 63) << shift
    return value, i


def _write_varint(out, value):
    while value >= 64:
        out.append(64 | (value & 63))
        value >>= 6
    out.append(value)


def _write_svarint(out, value):
    _write_varint(out, ((-value) << 1) | 1 if value < 0 else value << 1)


def _movable_body(code):
    """Whether a nested code object moves by its co_firstlineno alone (no line 0 in it)."""
    if "__firstlineno__" in code.co_names or 0 in {line for _, _, line in code.co_lines()}:
        return False
    return all(_movable_body(c) for c in code.co_consts if type(c) is _CodeType)


def _relocation_base(code, line):
    """What _relocated needs to move `code` (compiled at `line`), or None if it cannot be moved:
    (code, line, table head, first real entry, table tail, previous line)."""
    for c in code.co_consts:
        if type(c) is _CodeType and not _movable_body(c):
            return None
    if "__firstlineno__" in code.co_names:
        return None
    lines = [ln for _, _, ln in code.co_lines() if ln is not None]
    first_real = next((k for k, ln in enumerate(lines) if ln >= 1), None)
    if first_real is None or any(ln < 1 for ln in lines[first_real:]):
        return None
    table = code.co_linetable
    i, n = 0, len(table)
    prev = code.co_firstlineno
    while i < n:
        start = i
        head = table[i]
        i += 1
        kind = (head >> 3) & 15
        length = (head & 7) + 1
        if kind == 15:
            continue
        if kind < 10:
            b = table[i]
            i += 1
            col = kind * 8 + ((b >> 4) & 7)
            ln, end, end_col = prev, prev, col + (b & 15)
        elif kind < 13:
            ln = prev + kind - 10
            end, col, end_col = ln, table[i], table[i + 1]
            i += 2
        else:
            u, i = _read_varint(table, i)
            ln = prev + (-(u >> 1) if u & 1 else u >> 1)
            if kind == 13:
                end, col, end_col = ln, -1, -1
            else:
                u, i = _read_varint(table, i)
                end = ln + u
                u, i = _read_varint(table, i)
                col = u - 1
                u, i = _read_varint(table, i)
                end_col = u - 1
        if ln >= 1:
            entry = (length, ln, end, col, end_col)
            return (code, line, table[:start], entry, table[i:], prev)
        prev = ln
    return None


def _relocated(base, line):
    """The code object compile() gives for the base's text at `line`."""
    code, base_line, head, entry, tail, prev = base
    delta = line - base_line
    if delta == 0:
        return code
    length, ln, end, col, end_col = entry
    ln += delta
    end += delta
    d = ln - prev
    out = bytearray(head)
    form = 0x80 | (length - 1)
    if col < 0 or end_col < 0:
        if end == ln:
            out.append(form | (13 << 3))
            _write_svarint(out, d)
            form = None
    elif end == ln:
        if d == 0 and col < 80 and end_col - col < 16 and end_col >= col:
            out.append(form | ((col >> 3) << 3))
            out.append(((col & 7) << 4) | (end_col - col))
            form = None
        elif 0 <= d < 3 and col < 128 and end_col < 128:
            out.append(form | ((10 + d) << 3))
            out.append(col)
            out.append(end_col)
            form = None
    if form is not None:
        out.append(form | (14 << 3))
        _write_svarint(out, d)
        _write_varint(out, end - ln)
        _write_varint(out, col + 1)
        _write_varint(out, end_col + 1)
    out += tail
    return code.replace(co_linetable=bytes(out), co_consts=_moved_consts(code, delta))


def _moved_consts(code, delta):
    consts = code.co_consts
    for c in consts:
        if type(c) is _CodeType:
            return tuple(
                c.replace(co_firstlineno=c.co_firstlineno + delta, co_consts=_moved_consts(c, delta))
                if type(c) is _CodeType
                else c
                for c in consts
            )
    return consts



# -- asyncio ---------------------------------------------------------------------------------
# asyncio cases run on a virtual clock, and what asyncio keeps per process is made per case, so
# that an asyncio case's trace depends neither on the wall clock nor on the cases before it
# (README, "asyncio cases"):
# - every event loop the default policy makes (asyncio.run, new_event_loop, get_event_loop) is a
#   _VirtualLoop: loop.time() starts at 0.0 and, when the loop would wait for its next timer, the
#   clock jumps by the wait (now + max(0, when - now)) instead of sleeping; the clock resolution
#   is 1e-09 on every machine (timers due before now + 1e-09 run in the same iteration);
# - the loop's default exception handler (what CPython logs through the "asyncio" logger, with
#   stdlib tracebacks) writes one stable block to sys.stderr: "asyncio: MESSAGE", then
#   "  KEY: repr(value)" for the context's other keys in sorted order, the exception last;
# - a fresh policy per case (no current loop left over from a previous case);
# - task names: CPython numbers unnamed tasks Task-N from one process-wide counter (a C static
#   in _asyncio) that nothing can reset; the tracer reads it before the case (a probe task on a
#   dummy loop) and renames Task-N to Task-(N - base) in the case's events, so the case's first
#   unnamed task is Task-1 as in a fresh interpreter, and tasks asyncio makes internally still
#   shift the numbers as they do there.
# Set up when a case first imports asyncio (_AsyncioImportHook), so that cases that do not use it
# run in an interpreter where it was never imported.
_asyncio = None
_VirtualPolicy = None
_task_base = 0  # the counter's value before the current case
_loop_made = False  # a loop was made since the counter was last read


def _asyncio_install():
    global _asyncio, _VirtualPolicy, _read_task_counter, _TASK_NAME
    import asyncio as _asyncio_module
    import re as _re
    import selectors as _selectors

    _asyncio = _asyncio_module

    class _VirtualSelector(_selectors.SelectSelector):
        loop = None

        def select(self, timeout=None):
            if timeout is None:
                # Nothing scheduled and nothing ready: CPython waits forever. Poll, so that the
                # watchdog's Timeout can be delivered between waits.
                while True:
                    ready = super().select(0.05)
                    if ready:
                        return ready
            loop = self.loop
            if timeout > 0 and loop is not None:
                loop._virtual_time += timeout
            if loop is not None and len(self._fd_to_key) == 1:
                # Only the loop's own wake-up socket is registered: select(0) finds it ready
                # only if another thread wrote to it (call_soon_threadsafe, whose callback is
                # already queued) or a signal did (through set_wakeup_fd, only with a handler
                # from add_signal_handler); otherwise it finds nothing, without the system call
                # (one per loop iteration).
                if not loop._woken and not getattr(loop, "_signal_handlers", None):
                    return []
            if loop is not None:
                loop._woken = False
            return super().select(0)

    class _VirtualLoop(_asyncio.SelectorEventLoop):
        def __init__(self):
            global _loop_made
            _loop_made = True
            selector = _VirtualSelector()
            self._virtual_time = 0.0
            self._woken = False  # another thread wrote to the wake-up socket since the last select
            super().__init__(selector)
            selector.loop = self
            self._clock_resolution = 1e-09

        def time(self):
            return self._virtual_time

        def _write_to_self(self):
            self._woken = True
            super()._write_to_self()

        def default_exception_handler(self, context):
            message = context.get("message") or "Unhandled exception in event loop"
            lines = ["asyncio: %s" % message]
            for key in sorted(context):
                if key not in ("message", "exception"):
                    lines.append("  %s: %s" % (key, _safe_repr(context[key])))
            if context.get("exception") is not None:
                lines.append("  exception: %s" % _safe_repr(context["exception"]))
            sys.stderr.write("\n".join(lines) + "\n")

    _policy_base = getattr(_asyncio.events, "BaseDefaultEventLoopPolicy", None) or getattr(
        _asyncio.events, "_BaseDefaultEventLoopPolicy", None
    )

    _VirtualPolicy = None
    if _policy_base is not None:

        class _VirtualPolicy(_policy_base):
            _loop_factory = _VirtualLoop

    class _ProbeLoop(object):
        """Just enough of a loop for a Task to be made and dropped unnoticed."""

        def get_debug(self):
            return False

        def call_soon(self, *args, **kwargs):
            return None

        def call_exception_handler(self, context):
            pass

    async def _probe_coroutine():
        pass

    def _read_task_counter():
        coro = _probe_coroutine()
        coro.close()
        try:
            task = _asyncio.Task(coro, loop=_ProbeLoop())
            name = task.get_name()
            task = None
            return int(name[5:])
        except Exception:
            return None

    _TASK_NAME = _re.compile(r"\bTask-([0-9]+)\b")

    if _VirtualPolicy is not None:
        _asyncio.events._event_loop_policy = _VirtualPolicy()


class _InstallingLoader(object):
    """Runs asyncio's own loader, then sets the tracer's parts up."""

    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        try:
            _asyncio_install()
        except Exception:  # asyncio without what the tracer needs: cases run on its own loop
            pass


class _AsyncioImportHook(object):
    """A meta path finder that only wraps the loader of the first `import asyncio`."""

    busy = False

    def find_spec(self, name, path=None, target=None):
        if name != "asyncio" or _asyncio is not None or self.busy:
            return None
        import importlib.util

        self.busy = True
        try:
            spec = importlib.util.find_spec(name)
        finally:
            self.busy = False
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _InstallingLoader(spec.loader)
        return spec


sys.meta_path.insert(0, _AsyncioImportHook())
try:  # what asyncio's submodules expect to find imported (collections.abc through selectors)
    import selectors as _selectors_preload  # noqa: F401
except Exception:
    pass


def _asyncio_case_start():
    """A fresh policy (with the virtual loop) and the task counter's base for this case."""
    global _task_base, _loop_made
    if _asyncio is None:
        if "asyncio" not in sys.modules:
            return
        _asyncio_install()
    made, _loop_made = _loop_made, False
    if made:
        base = _read_task_counter()
        if base is not None:
            _task_base = base
    policy = _asyncio.events._event_loop_policy
    # Only a case that used asyncio leaves something to reset (allocating nothing otherwise
    # keeps other cases' address reuse as it was).
    if _VirtualPolicy is not None and (made or type(policy) is not _VirtualPolicy or _policy_used(policy)):
        _asyncio.events._event_loop_policy = _VirtualPolicy()
    if _asyncio.events._get_running_loop() is not None:
        _asyncio.events._set_running_loop(None)


def _policy_used(policy):
    local = getattr(policy, "_local", None)
    return getattr(local, "_loop", None) is not None or getattr(local, "_set_called", False)


def _rename(text):
    if not text or "Task-" not in text:
        return text
    base = _task_base

    def sub(match):
        n = int(match.group(1))
        return "Task-%d" % (n - base) if n > base else match.group(0)

    return _TASK_NAME.sub(sub, text)


def _rename_tasks(result):
    """Task-N → Task-(N - base) in every event of a case's result."""
    if _asyncio is None or _task_base == 0:
        return
    groups = [s["events"] for s in result.get("statements", ())]
    groups += [s["events"] for s in result.get("teardown", ())]
    for events in groups:
        for event in events:
            for key in ("text", "repr", "message", "object"):
                text = event.get(key)
                if text and "Task-" in text:
                    event[key] = _rename(text)
            exc = event.get("exception")
            if exc is not None and "Task-" in exc["repr"]:
                exc["repr"] = _rename(exc["repr"])

# What _Environment saved before the current case (None between cases).
_saved = None
# The interpreter's state before the first case (see _Pristine).
_pristine = None
# Why the interpreter cannot be trusted for another case (None: it can), set by the audit hook
# or by restore(); reported as the case's `poisoned` status.
_poisoned = [None]


def _audit(event, args):
    # Audit hooks cannot be removed: a case that adds one changes every later case.
    if event == "sys.addaudithook" and _saved is not None:
        _poisoned[0] = "the case added an audit hook (sys.addaudithook), which cannot be removed"


if hasattr(sys, "addaudithook"):
    sys.addaudithook(_audit)


def _fd_identity(fd):
    try:
        st = _fstat(fd)
        return (st.st_dev, st.st_ino)
    except OSError:
        return None


def _signals():
    """The signals whose handlers are checked after a case: those programs set handlers for
    (checking every signal costs more than a small case)."""
    if _signal is None or not hasattr(_signal, "getsignal"):
        return ()
    names = (
        "SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGALRM", "SIGVTALRM", "SIGPROF",
        "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGPIPE", "SIGWINCH", "SIGIO", "SIGURG",
        "SIGCONT", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGXCPU", "SIGXFSZ",
    )
    return tuple(getattr(_signal, n) for n in names if hasattr(_signal, n))


_SIGNALS = _signals()
_ITIMERS = tuple(
    getattr(_signal, name)
    for name in ("ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF")
    if _signal is not None and hasattr(_signal, name) and hasattr(_signal, "getitimer")
)


def _signal_handlers():
    getsignal = _signal.getsignal
    out = []
    for sig in _SIGNALS:
        try:
            out.append(getsignal(sig))
        except (ValueError, OSError):
            out.append(None)
    return out


def _sys_hooks():
    """The process-wide settings a case can change through sys functions."""
    hooks = [sys.gettrace(), sys.getprofile(), sys.getswitchinterval()]
    for name in ("get_int_max_str_digits", "get_coroutine_origin_tracking_depth"):
        getter = getattr(sys, name, None)
        hooks.append(getter() if getter is not None else None)
    getter = getattr(sys, "get_asyncgen_hooks", None)
    hooks.extend(getter() if getter is not None else (None, None))
    return hooks


# Modules whose namespaces are put back after every case besides the tracer's own: those with
# interpreter-wide state and those generator programs commonly import. Restoring every
# module's namespace costs more than running a small case; a case that changes another
# module's attributes changes them for later cases too (see README, "Isolation").
_GUARDED = (
    "posix", "nt", "io", "_io", "threading", "types", "functools", "itertools", "collections",
    "inspect", "asyncio", "weakref", "random", "math", "time", "re", "traceback", "contextlib",
    "faulthandler", "atexit", "abc", "copy", "heapq", "string", "dis", "linecache",
)


class _Pristine(object):
    """The interpreter's state before the first case: what restore() puts back after every case
    (compared by identity, so that nothing of the case's runs)."""

    def __init__(self):
        self.builtins = dict(_builtins_dict)
        # The namespaces of the modules the tracer relies on (restored first) and of those that
        # hold interpreter-wide state or that cases commonly import (see _GUARDED).
        self.modules_seen = set()
        self.namespaces = []
        for module in (builtins, sys, gc, warnings, os, json, operator, ast, _signal, _thread):
            self.adopt(module)
        self.adopt_new()
        self.os_exit = _os_dict.get("_exit")
        self.posix = sys.modules.get("posix") or sys.modules.get("nt")
        self.posix_exit = getattr(self.posix, "_exit", None)
        self.path = list(sys.path)
        self.meta_path = list(sys.meta_path)
        self.path_hooks = list(sys.path_hooks)
        self.modules = dict(sys.modules)
        self.callbacks = list(getattr(gc, "callbacks", ()))
        self.threshold = _gc_get_threshold() if _gc_get_threshold is not None else None
        self.hooks = _sys_hooks()
        self.cwd = _safe_getcwd()
        self.fds = [(fd, _fd_identity(fd)) for fd in (0, 1, 2)]
        # Copies of the standard descriptors, to put back one a case closed or redirected.
        self.fd_copies = {}
        for fd, identity in self.fds:
            if identity is not None:
                try:
                    self.fd_copies[fd] = _dup(fd)
                except OSError:
                    pass
        self.handlers = _signal_handlers() if _SIGNALS else []
        self.threads = _thread._count() if _thread is not None else 0

    def adopt(self, module):
        if getattr(module, "__name__", None) == "__main__":
            return  # the embedding program's (cases run in namespaces of their own)
        namespace = getattr(module, "__dict__", None)
        if type(namespace) is dict and id(namespace) not in self.modules_seen:
            self.modules_seen.add(id(namespace))
            self.namespaces.append((module, namespace, dict(namespace)))

    def adopt_new(self):
        """Snapshot guarded modules first imported since (by a case: what it changed in them
        before it ended stays; what later cases change is undone)."""
        modules = sys.modules
        for name in _GUARDED:
            module = modules.get(name)
            if module is not None:
                self.adopt(module)


def _safe_getcwd():
    try:
        return _getcwd()
    except OSError:
        return None


class _Environment(object):
    """Installs the case's hooks; restore() puts the interpreter back afterwards."""

    def __init__(self, case):
        self.case = case

    def __enter__(self):
        global timed_out, _saved, _pristine
        timed_out = False
        _exit_status[0] = None
        if _pristine is None:
            _pristine = _Pristine()
        _saved = {
            "stdout": sys.stdout,
            "stderr": sys.stderr,
            "stdin": sys.stdin,
            "filters": warnings.filters[:],
            "showwarning": warnings.showwarning,
            "recursionlimit": _getrecursionlimit(),
            "gc": _gc_isenabled(),
            "isolate": self.case.isolate,
        }
        _saved["linecache"] = _show_source(self.case.filename, self.case.source)
        if hasattr(sys, "unraisablehook"):
            _saved["unraisablehook"] = sys.unraisablehook
            sys.unraisablehook = self.case._unraisable
        sys.stdout = _Stream(self.case.recorder, "out")
        sys.stderr = _Stream(self.case.recorder, "err")
        sys.stdin = _EMPTY_INPUT
        warnings.filters[:] = _DEFAULT_FILTERS
        _reset_warning_caches()
        warnings.showwarning = self.case._showwarning
        os._exit = _case_exit
        if _pristine.posix_exit is not None:
            _pristine.posix._exit = _case_exit
        # No collection while the case runs: every object it creates stays in generation 0
        # until the teardown collects that generation (cheap, and it finds all of the case's
        # cyclic garbage; older generations only hold objects from before the case).
        _gc_disable()
        finalizers = self.case.finalizers
        if finalizers is not None and _REFCOUNTED and hasattr(gc, "freeze"):
            # at-gc mode collects after every statement: let the collections see only the
            # case's objects (unfrozen again in restore())
            gc.freeze()
            finalizers.frozen = _saved["frozen"] = True
        _asyncio_case_start()
        return self

    def __exit__(self, *exc_info):
        restore()
        return False


class _EmptyInput(object):
    """sys.stdin while a case runs: at end of input (a case must not read the harness's input,
    or, on a process worker, the next request)."""

    def read(self, *args):
        return ""

    def readline(self, *args):
        return ""

    def readlines(self, *args):
        return []

    def __iter__(self):
        return iter(())

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("stdin is not available to a case")


_EMPTY_INPUT = _EmptyInput()


def _restore_dict(current, saved):
    """Put a module's dict back to `saved` (by identity; nothing to do when it is unchanged).
    The first test is dict equality, which runs in C and takes identical values as equal
    without calling their __eq__; only a value that is not the same object makes it call one
    (and a value whose __eq__ claims equality with the original is then left in place)."""
    try:
        if current == saved:
            return
    except BaseException:
        pass
    for name in [n for n in current if n not in saved]:
        del current[name]
    for name, value in saved.items():
        if current.get(name) is not value:
            current[name] = value


def restore():
    """Undo what the last case changed in the interpreter (idempotent). What cannot be undone
    (a thread still running, an audit hook) is left in _poisoned."""
    global _saved
    saved, _saved = _saved, None
    if saved is None:
        return
    p = _pristine
    if saved["isolate"]:
        # The modules first, so that what follows calls the real functions.
        for module, namespace, snapshot in p.namespaces:
            _restore_dict(namespace, snapshot)
            if module.__dict__ is not namespace:  # replaced wholesale (types.ModuleType games)
                _poisoned[0] = "the case replaced the namespace of module %s" % module.__name__
    else:
        _restore_dict(_builtins_dict, p.builtins)
    if _os_dict.get("_exit") is not p.os_exit:
        _os_dict["_exit"] = p.os_exit
    if p.posix_exit is not None and getattr(p.posix, "_exit", None) is not p.posix_exit:
        p.posix._exit = p.posix_exit
    sys.stdout = saved["stdout"]
    sys.stderr = saved["stderr"]
    sys.stdin = saved["stdin"]
    warnings.filters[:] = saved["filters"]
    warnings.showwarning = saved["showwarning"]
    _reset_warning_caches()
    _setrecursionlimit(saved["recursionlimit"])
    if "unraisablehook" in saved:
        sys.unraisablehook = saved["unraisablehook"]
    _unshow_source(saved["linecache"])
    # The sys hooks and settings go back in either mode: generated programs set async
    # generator hooks (and could set the coroutine origin tracking depth), which would
    # otherwise call into a later program's trace.
    if _sys_hooks() != p.hooks:
        _restore_hooks(p.hooks)
    if saved["isolate"]:
        _restore_lists(p)
        _restore_modules(p.modules)
        if hasattr(gc, "callbacks") and not _same_list(gc.callbacks, p.callbacks):
            gc.callbacks[:] = p.callbacks
        if p.threshold is not None and _gc_get_threshold() != p.threshold:
            _gc_set_threshold(*p.threshold)
        _restore_process(p)
        p.adopt_new()
    if saved.get("frozen"):
        sys.setprofile(None)
        gc.unfreeze()
    if saved["gc"]:
        _gc_enable()


def _same_list(current, saved):
    return len(current) == len(saved) and all(map(_is, current, saved))


def _restore_lists(p):
    for current, saved in (
        (sys.path, p.path),
        (sys.meta_path, p.meta_path),
        (sys.path_hooks, p.path_hooks),
    ):
        if not _same_list(current, saved):
            current[:] = saved


def _restore_modules(saved):
    """Modules the case replaced or removed in sys.modules go back (modules it imported stay,
    as they would in any program that imports them)."""
    modules = sys.modules
    if len(modules) >= len(saved) and all(map(_is, map(modules.get, saved), saved.values())):
        return
    for name, module in saved.items():
        if modules.get(name) is not module:
            modules[name] = module


def _restore_hooks(hooks):
    """Put back the settings of _sys_hooks() that differ from `hooks` (only those: a profiler
    such as cProfile installs a hook that sys.setprofile cannot set again)."""
    now = _sys_hooks()
    trace, profile, interval, digits, depth, firstiter, finalizer = hooks
    if now[0] is not trace:
        _settrace(trace)
    if now[1] is not profile:
        _setprofile(profile)
    threading = sys.modules.get("threading")
    if threading is not None:
        # threading.settrace()/setprofile() hooks for new threads
        for name in ("_trace_hook", "_profile_hook"):
            if getattr(threading, name, None) is not None:
                setattr(threading, name, None)
    if now[2] != interval:
        sys.setswitchinterval(interval)
    if digits is not None and now[3] != digits:
        sys.set_int_max_str_digits(digits)
    if depth is not None and now[4] != depth:
        sys.set_coroutine_origin_tracking_depth(depth)
    if hasattr(sys, "set_asyncgen_hooks") and (now[5] is not firstiter or now[6] is not finalizer):
        sys.set_asyncgen_hooks(firstiter, finalizer)


def _restore_process(p):
    """Process-wide state: the working directory, the standard file descriptors, signal
    handlers and interval timers, faulthandler's timer; threads still running poison it."""
    if p.cwd is not None and _safe_getcwd() != p.cwd:
        try:
            _chdir(p.cwd)
        except OSError:
            _poisoned[0] = "the case left the working directory where it cannot be restored"
    for fd, identity in p.fds:
        if identity is not None and _fd_identity(fd) != identity and fd in p.fd_copies:
            try:
                _dup2(p.fd_copies[fd], fd)
            except OSError:
                _poisoned[0] = "the case closed file descriptor %d" % fd
    if _SIGNALS:
        if _signal_handlers() != p.handlers:
            for sig, handler in zip(_SIGNALS, p.handlers):
                if handler is not None and _signal.getsignal(sig) is not handler:
                    try:
                        _signal.signal(sig, handler)
                    except (ValueError, OSError, TypeError):
                        pass
        for timer in _ITIMERS:
            if _signal.getitimer(timer) != (0.0, 0.0):
                _signal.setitimer(timer, 0)
    faulthandler = sys.modules.get("faulthandler")
    if faulthandler is not None:
        faulthandler.cancel_dump_traceback_later()
    if _thread is not None and _thread._count() > p.threads:
        _poisoned[0] = "the case left %d thread(s) running" % (_thread._count() - p.threads)


def _same_objects(current, saved):
    """Whether two dicts hold the very same keys and values in the same order (by identity, so
    no user __eq__ runs; fast in C, and true unless a case touched them)."""
    return (
        len(current) == len(saved)
        and all(map(_is, current, saved))
        and all(map(_is, current.values(), saved.values()))
    )


def _show_source(filename, source):
    """Give linecache the case's source under the file name its code carries, so that a warning
    or traceback quoting a line of the case (a never-awaited coroutine's origin) quotes it
    whatever the working directory is. Returns what _unshow_source puts back."""
    if _linecache is None:
        return None
    cache = _linecache.cache
    before = cache.get(filename)
    # An entry without a modification time is never checked against the file system.
    cache[filename] = (len(source), None, source.splitlines(True), filename)
    return filename, before


def _unshow_source(shown):
    if shown is None:
        return
    filename, before = shown
    if before is None:
        _linecache.cache.pop(filename, None)
    else:
        _linecache.cache[filename] = before


def _reset_warning_caches():
    warnings.onceregistry.clear()
    mutated = getattr(warnings, "_filters_mutated", None)
    if mutated is not None:
        mutated()


try:
    from contextvars import Context as _Context
except ImportError:  # before 3.7
    _Context = None


# The interpreter's default filters, captured when the tracer is loaded (before any case).
_DEFAULT_FILTERS = warnings.filters[:]


def run_case(source, filename, options_json="{}", statements=None):
    """Run one case; return its trace (or why it could not run) as a JSON string. `statements`:
    the top-level statements as (line, col, start, end, expr, future) tuples, if known."""
    return _dumps(run_case_result(source, filename, options_json, statements))


def run_case_result(source, filename, options_json="{}", statements=None):
    """run_case's result before it is encoded as JSON (the embedded backend reads it directly)."""
    global _options
    if _options[0] != options_json:
        _options = (options_json, _loads(options_json))
    case = _Case(source, filename, _options[1], statements)
    with _Environment(case):
        if _Context is None:
            result = case.run()
        else:
            # Each case starts in an empty context (contextvars), as in a fresh interpreter:
            # what a case sets at its top level is not seen by the next one.
            result = _Context().run(case.run)
    _rename_tasks(result)
    if _poisoned[0] is not None:
        # The case changed the interpreter in a way restore() cannot undo: its trace cannot be
        # trusted to be what a fresh interpreter gives, and neither can any later case's.
        result = {"status": "poisoned", "message": _poisoned[0]}
    result["backend"] = describe()
    return result


def drain_timeout():
    """Called by the embedded backend after a job the watchdog injected a Timeout into: a
    Timeout still pending is raised here (at the eval-breaker checks of this call and loop) and
    discarded by the caller, rather than in whatever runs next on the thread."""
    for _ in (0, 0, 0):
        pass


# The last options JSON and what it decodes to (the embedded backend sends the same every time;
# _Case only reads the options).
_options = (None, None)


def _describe():
    name = getattr(sys, "implementation", None)
    name = name.name if name is not None else "python"
    return "%s %s" % (name, " ".join(sys.version.split()))


# Read when the tracer is loaded, before any case (which could change sys.version).
_DESCRIPTION = _describe()


def describe():
    """The implementation and version that runs this tracer, for trace headers."""
    return _DESCRIPTION


def version():
    """major.minor of the running interpreter."""
    return "%d.%d" % sys.version_info[:2]


def serve():
    """Worker loop of the process backend: one JSON request per line in, one reply per line out.
    The first line written is a hello naming the interpreter.

    The protocol runs on private copies of the descriptors the worker was started with: file
    descriptor 0 then reads /dev/null and 1 writes to stderr, so that neither a case's output
    (at any level) nor its reads touch the protocol. Every request carries a nonce that its
    reply starts with, so that a line a case manages to write to the protocol anyway is not
    taken for a reply. A child the case forks closes the protocol in itself and ends as soon as
    control is back in the tracer."""
    try:
        proto_out = _dup(1)
        proto_in = _dup(0)
        _dup2(2, 1)
        null = os.open(os.devnull, os.O_RDONLY)
        _dup2(null, 0)
        os.close(null)
        _protocol_fds.extend((proto_out, proto_in))
        proto = os.fdopen(proto_out, "w")
        requests = os.fdopen(proto_in, "r")
    except (AttributeError, OSError):
        proto = sys.stdout
        requests = sys.stdin
    sys.stdin = None

    def reply(nonce, obj):
        proto.write(nonce + " " + _dumps(obj) + "\n")
        proto.flush()

    reply("hello", {"hello": describe(), "version": version()})
    while True:
        line = requests.readline()
        if not line:
            return
        request = _loads(line)
        nonce = str(request.get("nonce", ""))
        try:
            result = run_case(
                request["source"], request["filename"], _dumps(request.get("options", {}))
            )
            proto.write(nonce + " " + result + "\n")
            proto.flush()
        except BaseException as e:  # a tracer failure is reported, the worker goes on
            restore()
            reply(nonce, {"status": "tracer_error", "backend": describe(), "message": repr(e)})
        if _poisoned[0] is not None:
            return  # the harness starts a fresh worker


def time_plain(source, filename, repeat):
    """Benchmark helper (no tracing): best wall time, and best CPU time of the process (user +
    system, `time.process_time`), over `repeat` runs of parsing the source and
    compiling and executing its top-level statements one by one in a fresh namespace, as the
    REPL model does (an escaping exception ends only its statement; expression values are
    repr'd; the namespace is torn down in reverse order), with stdout captured and stderr and
    unraisable reports dropped. Returns JSON {"seconds", "cpu_seconds", "out"}."""
    import io
    import time

    best = None
    best_cpu = None
    out = ""
    for _ in range(int(repeat)):
        buf = io.StringIO()
        saved = sys.stdout, sys.stderr, getattr(sys, "unraisablehook", None)
        sys.stdout, sys.stderr = buf, io.StringIO()
        if saved[2] is not None:
            sys.unraisablehook = lambda args: None
        gc_was = gc.isenabled()
        gc.disable()
        try:
            start = time.perf_counter()
            start_cpu = time.process_time()
            tree = compile(source, filename, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
            namespace = {"__name__": "__main__", "__doc__": None, "__builtins__": builtins}
            for stmt in tree.body:
                try:
                    if isinstance(stmt, ast.Expr):
                        code = compile(ast.Expression(body=stmt.value), filename, "eval", 0, True)
                        value = eval(code, namespace)
                        if value is not None:
                            repr(value)
                    else:
                        exec(compile(_module([stmt]), filename, "exec", 0, True), namespace)
                except Exception:
                    pass
            for name in reversed(list(namespace)):
                if name not in _INITIAL_NAMES:
                    namespace.pop(name, None)
            gc.collect(0)
            elapsed = time.perf_counter() - start
            elapsed_cpu = time.process_time() - start_cpu
        finally:
            sys.stdout, sys.stderr = saved[0], saved[1]
            if saved[2] is not None:
                sys.unraisablehook = saved[2]
            if gc_was:
                gc.enable()
        out = buf.getvalue()
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = elapsed_cpu if best_cpu is None else min(best_cpu, elapsed_cpu)
    return json.dumps({"seconds": best, "cpu_seconds": best_cpu, "out": out})
