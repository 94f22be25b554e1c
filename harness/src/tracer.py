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
- Nothing here normalises values: the Rust side does that, in one place.
"""

import ast
import builtins
import gc
import json
import operator
import sys
import warnings

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
        return repr(obj)
    except BaseException as e:  # a broken __repr__ must not break the trace
        return "<repr failed: %s>" % _type_name(type(e))


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
        return ast.Module(body=body, type_ignores=[])
    return ast.Module(body=body)


class _Case(object):
    """One run of one case."""

    def __init__(self, source, filename, options, statements=None):
        self.source = source
        self.filename = filename
        self.recorder = _Recorder(int(options.get("output_cap", 1 << 20)))
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

    # -- hooks -----------------------------------------------------------------------------

    def _unraisable(self, args):
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
        self.recorder.add(
            {
                "kind": "warning",
                "category": _type_name(category),
                "message": str(message),
                "line": int(lineno or 0),
            }
        )

    # -- running ---------------------------------------------------------------------------

    def _compile(self):
        """Compile every top-level statement before any runs (so a file with a syntax error is
        rejected as a whole, as `python3 case.py` would). Returns [(line, source, mode, code)]."""
        if self.spans is not None:
            return self._compile_spans()
        tree = compile(self.source, self.filename, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        lines = self.source.splitlines()
        steps = []
        for stmt in tree.body:
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
                self._add_future_flags(stmt)
            line, col = _statement_start(stmt)
            if isinstance(stmt, ast.Expr):
                mode, node = "eval", ast.Expression(body=stmt.value)
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
        lines = self.source.splitlines()
        steps = []
        cached = _code_cache.get
        filename = self.filename
        for line, col, start, end, expr, future in self.spans:
            text = data[start:end].decode("utf-8")
            if future:
                self._add_future_flags(ast.parse(text).body[0])
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
        namespace = {"__name__": "__main__", "__doc__": None, "__builtins__": builtins}
        status = "completed"
        try:
            for line, source, mode, code in steps:
                record = {"line": line, "source": source, "events": []}
                self.statements.append(record)
                self._run_statement(mode, code, namespace)
                record["events"] = self.recorder.take()
                if timed_out:
                    status = "timeout"
                    break
            if status == "completed":
                self._teardown(namespace)
        except Timeout:
            status = "timeout"
            if self.statements:
                self.statements[-1]["events"] = self.recorder.take()
        if status == "timeout":
            # Leave nothing behind; finalizers of a timed-out case are not recorded.
            self.recorder.take()
            try:
                namespace.clear()
                gc.collect(0)
            except BaseException:
                pass
            self.recorder.take()
        return {
            "status": status,
            "statements": self.statements,
            "teardown": self.teardown,
        }

    def _run_statement(self, mode, code, namespace):
        try:
            if mode == "eval":
                value = eval(code, namespace)
                if value is not None:
                    # record before the value is released, as the display hook would
                    self.recorder.value(repr(value))
                value = None
            else:
                exec(code, namespace)
        except Timeout:
            raise
        except BaseException as exc:
            if timed_out:
                raise Timeout()
            self.recorder.add({"kind": "raise", "exception": _exception_info(exc)})
            exc = None

    def _teardown(self, namespace):
        for name in reversed(list(namespace)):
            if name in _INITIAL_NAMES:
                continue
            try:
                del namespace[name]
            except KeyError:  # a finalizer already removed it
                pass
            events = self.recorder.take()
            if events:
                self.teardown.append({"label": "del " + name, "events": events})
        gc.collect(0)
        events = self.recorder.take()
        if events:
            self.teardown.append({"label": "gc", "events": events})


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
try:
    import asyncio as _asyncio
    import re as _re
    import selectors as _selectors
except Exception:  # an implementation without asyncio runs everything else
    _asyncio = None

_task_base = 0  # the counter's value before the current case
_loop_made = False  # a loop was made since the counter was last read


if _asyncio is not None:

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
            if timeout > 0 and self.loop is not None:
                self.loop._virtual_time += timeout
            return super().select(0)

    class _VirtualLoop(_asyncio.SelectorEventLoop):
        def __init__(self):
            global _loop_made
            _loop_made = True
            selector = _VirtualSelector()
            self._virtual_time = 0.0
            super().__init__(selector)
            selector.loop = self
            self._clock_resolution = 1e-09

        def time(self):
            return self._virtual_time

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


def _asyncio_case_start():
    """A fresh policy (with the virtual loop) and the task counter's base for this case."""
    global _task_base, _loop_made
    if _asyncio is None:
        return
    if _loop_made:
        _loop_made = False
        base = _read_task_counter()
        if base is not None:
            _task_base = base
    if _VirtualPolicy is not None:
        _asyncio.events._event_loop_policy = _VirtualPolicy()
    _asyncio.events._set_running_loop(None)


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
                if key in event:
                    event[key] = _rename(event[key])
            exc = event.get("exception")
            if exc is not None:
                exc["repr"] = _rename(exc["repr"])

# What _Environment saved before the current case (None between cases).
_saved = None


class _Environment(object):
    """Installs the case's hooks; restore() puts the interpreter back afterwards."""

    def __init__(self, case):
        self.case = case

    def __enter__(self):
        global timed_out, _saved
        timed_out = False
        _saved = {
            "stdout": sys.stdout,
            "stderr": sys.stderr,
            "filters": warnings.filters[:],
            "showwarning": warnings.showwarning,
            "recursionlimit": sys.getrecursionlimit(),
            "gc": gc.isenabled(),
            "builtins": dict(builtins.__dict__),
        }
        if hasattr(sys, "unraisablehook"):
            _saved["unraisablehook"] = sys.unraisablehook
            sys.unraisablehook = self.case._unraisable
        sys.stdout = _Stream(self.case.recorder, "out")
        sys.stderr = _Stream(self.case.recorder, "err")
        warnings.filters[:] = _DEFAULT_FILTERS
        _reset_warning_caches()
        warnings.showwarning = self.case._showwarning
        # No collection while the case runs: every object it creates stays in generation 0
        # until the teardown collects that generation (cheap, and it finds all of the case's
        # cyclic garbage; older generations only hold objects from before the case).
        gc.disable()
        _asyncio_case_start()
        return self

    def __exit__(self, *exc_info):
        restore()
        return False


def restore():
    """Undo what the last case changed in the interpreter (idempotent)."""
    global _saved
    saved, _saved = _saved, None
    if saved is None:
        return
    sys.stdout = saved["stdout"]
    sys.stderr = saved["stderr"]
    warnings.filters[:] = saved["filters"]
    warnings.showwarning = saved["showwarning"]
    _reset_warning_caches()
    sys.setrecursionlimit(saved["recursionlimit"])
    if "unraisablehook" in saved:
        sys.unraisablehook = saved["unraisablehook"]
    current = builtins.__dict__
    if not _same_objects(current, saved["builtins"]):
        for name in [n for n in current if n not in saved["builtins"]]:
            del current[name]
        for name, value in saved["builtins"].items():
            if current.get(name) is not value:
                current[name] = value
    if saved["gc"]:
        gc.enable()


def _same_objects(current, saved):
    """Whether two dicts hold the very same keys and values in the same order (by identity, so
    no user __eq__ runs; fast in C, and true unless a case touched builtins)."""
    return (
        len(current) == len(saved)
        and all(map(operator.is_, current, saved))
        and all(map(operator.is_, current.values(), saved.values()))
    )


def _reset_warning_caches():
    warnings.onceregistry.clear()
    mutated = getattr(warnings, "_filters_mutated", None)
    if mutated is not None:
        mutated()


# The interpreter's default filters, captured when the tracer is loaded (before any case).
_DEFAULT_FILTERS = warnings.filters[:]


def run_case(source, filename, options_json="{}", statements=None):
    """Run one case; return its trace (or why it could not run) as a JSON string. `statements`:
    the top-level statements as (line, col, start, end, expr, future) tuples, if known."""
    return json.dumps(run_case_result(source, filename, options_json, statements))


def run_case_result(source, filename, options_json="{}", statements=None):
    """run_case's result before it is encoded as JSON (the embedded backend reads it directly)."""
    global _options
    if _options[0] != options_json:
        _options = (options_json, json.loads(options_json))
    case = _Case(source, filename, _options[1], statements)
    with _Environment(case):
        result = case.run()
    _rename_tasks(result)
    result["backend"] = describe()
    return result


# The last options JSON and what it decodes to (the embedded backend sends the same every time;
# _Case only reads the options).
_options = (None, None)


def describe():
    """The implementation and version that runs this tracer, for trace headers."""
    name = getattr(sys, "implementation", None)
    name = name.name if name is not None else "python"
    return "%s %s" % (name, " ".join(sys.version.split()))


def version():
    """major.minor of the running interpreter."""
    return "%d.%d" % sys.version_info[:2]


def serve():
    """Worker loop of the process backend: one JSON request per stdin line, one JSON reply per
    stdout line. The first line written is a hello naming the interpreter. Case output never
    reaches the protocol stream: sys.stdout is replaced while a case runs, and file descriptor 1
    is pointed at stderr so that even writes below sys.stdout cannot corrupt the stream."""
    import os

    try:
        proto = os.fdopen(os.dup(1), "w")
        os.dup2(2, 1)
    except (AttributeError, OSError):
        proto = sys.stdout
    requests = sys.stdin
    sys.stdin = None

    def reply(obj):
        proto.write(json.dumps(obj) + "\n")
        proto.flush()

    reply({"hello": describe(), "version": version()})
    while True:
        line = requests.readline()
        if not line:
            return
        request = json.loads(line)
        try:
            result = run_case(
                request["source"], request["filename"], json.dumps(request.get("options", {}))
            )
            proto.write(result + "\n")
            proto.flush()
        except BaseException as e:  # a tracer failure is reported, the worker goes on
            restore()
            reply({"status": "tracer_error", "backend": describe(), "message": repr(e)})


def time_plain(source, filename, repeat):
    """Benchmark helper (no tracing): best wall time over `repeat` runs of parsing the source and
    compiling and executing its top-level statements one by one in a fresh namespace, as the
    REPL model does (an escaping exception ends only its statement; expression values are
    repr'd; the namespace is torn down in reverse order), with stdout captured and stderr and
    unraisable reports dropped. Returns JSON {"seconds", "out"}."""
    import io
    import time

    best = None
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
        finally:
            sys.stdout, sys.stderr = saved[0], saved[1]
            if saved[2] is not None:
                sys.unraisablehook = saved[2]
            if gc_was:
                gc.enable()
        out = buf.getvalue()
        best = elapsed if best is None else min(best, elapsed)
    return json.dumps({"seconds": best, "out": out})
