# yieldspec's reduced tracer for MicroPython (the process backend runs it instead of tracer.py
# when `sys.implementation.name == "micropython"`).
#
# MicroPython has no ast, warnings, operator, sys.unraisablehook or gc thresholds, its
# sys.stdout cannot be replaced, its exceptions have no __cause__/__context__, and its
# generators are not finalized. So this tracer observes less than tracer.py, and says what in
# the hello line ("limits"); the report lists those there and counts a case whose reference
# holds such events as "not observable" rather than as a divergence:
#
# - statements come from the harness (the spans the Rust side parsed), each run with exec/eval
#   in one namespace, as tracer.py does;
# - output is what the case's `print` calls write (a `print` in the case's globals, which is
#   not in CPython's namespace); a direct sys.stdout/sys.stderr write reaches the protocol and
#   the harness reports the case as crashed;
# - raised exceptions, StopIteration values and expression values are recorded; exception
#   chaining (cause, context) is not observable;
# - warnings, unraisable exceptions and finalizers' events are not observable;
# - object addresses in reprs (`at 7f12...`, without 0x) are written with 0x so that the
#   harness numbers them as it does CPython's.
import sys
import json

LIMITS = [
    "warnings",
    "unraisable",
    "exception chaining",
    "output not written by print",
]


def _type_name(tp):
    return tp.__name__


def _clean_addresses(text):
    # "<generator object 'g' at 7f12ab34cd56>" -> "... at 0x7f12ab34cd56>"
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find(" at ", i)
        if j < 0:
            out.append(text[i:])
            break
        k = j + 4
        m = k
        while m < n and text[m] in "0123456789abcdef":
            m += 1
        out.append(text[i:k])
        if m - k >= 6 and text[k : k + 2] != "0x":
            out.append("0x")
        out.append(text[k:m])
        i = m
    return "".join(out)


def _repr(obj):
    try:
        return _clean_addresses(repr(obj))
    except BaseException as e:
        return "<repr failed: %s>" % _type_name(type(e))


def _exception_info(exc):
    info = {
        "type_name": _type_name(type(exc)),
        "repr": _repr(exc),
        "value": None,
        "cause": None,
        "context": None,
        "suppress_context": False,
    }
    if isinstance(exc, StopIteration):
        info["value"] = _repr(exc.value)
    return info


class _Case:
    def __init__(self, source, spans, cap):
        self.source = source
        self.spans = spans
        self.cap = cap
        self.used = 0
        self.events = []

    def out(self, kind, text):
        room = self.cap - self.used
        if room <= 0:
            return
        if len(text) > room:
            self.events.append({"kind": kind, "text": text[:room]})
            self.events.append({"kind": "truncated", "cap": self.cap})
            self.used = self.cap
            return
        self.used += len(text)
        if self.events and self.events[-1]["kind"] == kind and "text" in self.events[-1]:
            self.events[-1]["text"] += text
        else:
            self.events.append({"kind": kind, "text": text})

    def take(self):
        events = self.events
        self.events = []
        return events

    def print_(self, *args, **kw):
        sep = kw.get("sep", " ")
        end = kw.get("end", "\n")
        f = kw.get("file", None)
        text = (" " if sep is None else sep).join([str(a) for a in args])
        text += "\n" if end is None else end
        if f is None or f is sys.stdout:
            self.out("out", text)
        elif f is sys.stderr:
            self.out("err", text)
        else:
            f.write(text)

    def run(self):
        data = self.source.encode("utf-8")
        lines = self.source.split("\n")
        steps = []
        try:
            for span in self.spans:
                line, start, end, expr = span["line"], span["start"], span["end"], span["expr"]
                text = data[start:end].decode("utf-8")
                # blank lines in front keep the file's line numbers (MicroPython's eval mode
                # takes none)
                if expr:
                    code = compile(text, "<case>", "eval")
                else:
                    code = compile("\n" * (line - 1) + text, "<case>", "exec")
                steps.append((line, lines[line - 1].rstrip() if line <= len(lines) else "", expr, code))
        except SyntaxError as e:
            return {"status": "syntax_error", "message": "MicroPython: " + str(e), "line": line,
                    "column": 0}
        ns = {"__name__": "__main__", "print": self.print_}
        initial = set(ns.keys())
        statements = []
        for line, text, expr, code in steps:
            try:
                if expr:
                    value = eval(code, ns)
                    if value is not None:
                        self.events.append({"kind": "value", "repr": _repr(value)})
                    value = None
                else:
                    exec(code, ns)
            except SystemExit:
                statements.append({"line": line, "source": text, "events": self.take()})
                return {"status": "exited", "statements": statements, "teardown": [],
                        "message": "the case raised SystemExit"}
            except BaseException as exc:
                self.events.append({"kind": "raise", "exception": _exception_info(exc)})
                exc = None
            statements.append({"line": line, "source": text, "events": self.take()})
        teardown = []
        for name in reversed(list(ns.keys())):
            if name in initial:
                continue
            try:
                del ns[name]
            except BaseException:
                pass
            events = self.take()
            if events:
                teardown.append({"label": "del " + name, "events": events})
        try:
            import gc

            gc.collect()
        except BaseException:
            pass
        events = self.take()
        if events:
            teardown.append({"label": "collect", "events": events})
        return {"status": "completed", "statements": statements, "teardown": teardown}


def describe():
    return "%s %s" % (sys.implementation.name, " ".join(sys.version.split()))


def serve():
    def reply(nonce, obj):
        sys.stdout.write(nonce + " " + json.dumps(obj) + "\n")
        try:
            sys.stdout.flush()
        except AttributeError:
            pass

    version = "%d.%d" % (sys.version_info[0], sys.version_info[1])
    reply("hello", {"hello": describe(), "version": version, "limits": LIMITS})
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        request = json.loads(line)
        nonce = str(request.get("nonce", ""))
        options = request.get("options", {})
        spans = options.get("statements")
        try:
            if spans is None:
                result = {"status": "tracer_error", "message": "no statement spans (the harness "
                          "could not parse the case)"}
            else:
                result = _Case(request["source"], spans, options.get("output_cap", 1000000)).run()
        except BaseException as e:
            result = {"status": "tracer_error", "message": _repr(e)}
        result["backend"] = describe()
        reply(nonce, result)


serve()
