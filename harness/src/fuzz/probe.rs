//! The state probe: a diagnostic replay of a reduced finding that names a generator wrongly
//! left in another state by the operation that left it so, not by what the program did with it
//! afterwards ([`state_signature`]).
//!
//! A runtime that marks a generator closed when it is not (or leaves it open when CPython closes
//! it) shows it only through what the program does next: a check not raised, an exception's
//! context, a value of `getgeneratorstate()`, a message of `zip()`, a loop that stops early.
//! Each of those is a signature of its own, so one bug is many rows. The probe replays the
//! reduced program instrumented to print the state of generator objects — every generator,
//! coroutine and async generator bound to a global name after each top-level statement, and the
//! object of every `next()`, `send()`, `throw()` and `close()` called inside a function, a
//! lambda or a comprehension, right after the call (returned or raised), and what a `yield
//! from` or `await` in the body of a `try` with `except` clauses delegated to, first thing in
//! the handler of the exception the delegation ended with (so a close, throw or resume that a
//! delegating generator forwarded is seen too) — on both sides. When the first difference of
//! the instrumented traces is such a state, the finding is named by the exception the
//! operation ended with when that is a runtime's own check (its message), else by the operation
//! and its outcome, and the two states: `state after raise ValueError "… already executing":
//! running vs running without a frame`, `state after delegation raise ValueError: suspended vs
//! closed`. The check (or the operation) tells two such bugs apart (a failed `next()` on
//! itself, a `close()` that was ignored); the later operation that showed it takes no part, nor
//! does which operation met the check (a `close()` called by the program, or forwarded to the
//! delegate by a generator being finalized).
//!
//! A state is read from the attributes both CPython and the runtimes under test report:
//! `gi_running`/`cr_running`/`ag_running` and whether `gi_frame`/`cr_frame`/`ag_frame` is None
//! (`gi_suspended` and `cr_suspended` are not everywhere: RustPython 0.5 has no `cr_suspended`).
//! So a state is `running`, `running without a frame`, `suspended` (also: not started yet) or
//! `closed` (finished, closed, or failed).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::messages::raised;
use super::oracle::{Class, Oracle};
use super::signature::{operation, Signature};
use crate::case::Case;
use crate::diff::outcome_body;

/// What the probe prints before a state (an `out` line of the trace).
const MARK: &str = "~ys-state";

/// What the probe prints before a builtin's step (an `out` line of the trace).
const ORDER_MARK: &str = "~ys-order";

/// The helpers the instrumented program starts with. Names with one leading underscore: a
/// name with two would be mangled in a class body.
const PRELUDE: &str = r#"import builtins as _ys_builtins, sys as _ys_sys, types as _ys_types
def _ys_state(o):
    if isinstance(o, _ys_types.GeneratorType):
        p = "gi_"
    elif isinstance(o, _ys_types.CoroutineType):
        p = "cr_"
    elif isinstance(o, _ys_types.AsyncGeneratorType):
        p = "ag_"
    else:
        return None
    frameless = getattr(o, p + "frame", None) is None
    if getattr(o, p + "running", False):
        return "running without a frame" if frameless else "running"
    return "closed" if frameless else "suspended"
def _ys_report(op, o, e):
    s = _ys_state(o)
    if s is not None:
        how = "returned" if e is None else "raise " + type(e).__name__ + ": " + repr(e)
        _ys_builtins.print("~ys-state call", op, how, "->", s)
def _ys_next(*a, **k):
    o = a[0] if a else None
    try:
        r = next(*a, **k)
    except BaseException as e:
        _ys_report("resume", o, e)
        raise
    _ys_report("resume", o, None)
    return r
def _ys_m(o, name):
    f = getattr(o, name)
    op = "resume" if name in ("send", "__next__") else name
    def call(*a, **k):
        try:
            r = f(*a, **k)
        except BaseException as e:
            _ys_report(op, o, e)
            raise
        _ys_report(op, o, None)
        return r
    return call
class _ys_Iter:
    def __init__(self, fn, o):
        self.fn, self.o = fn, o
    def __iter__(self):
        return self
    def __next__(self):
        _ys_builtins.print("~ys-order", self.fn, "next")
        return next(self.o)
def _ys_arg(fn, kw, v):
    if _ys_state(v) is not None:
        return _ys_Iter(fn, v)
    if isinstance(v, _ys_types.FunctionType):
        def call(*a, **k):
            _ys_builtins.print("~ys-order", fn, "call", kw)
            return v(*a, **k)
        return call
    return v
_ys_slots = {}
def _ys_yf(slot, o):
    _ys_slots[slot] = o
    return o
def _ys_done(slot, v):
    _ys_slots.pop(slot, None)
    return v
def _ys_delegate(slot):
    o = _ys_slots.pop(slot, None)
    s = _ys_state(o)
    if s is not None:
        e = _ys_sys.exc_info()[1]
        _ys_builtins.print("~ys-state delegate raise", type(e).__name__ + ":", repr(e), "->", s)
def _ys_probe():
    g = globals()
    for k in sorted(g):
        s = _ys_state(g[k])
        if s is not None:
            _ys_builtins.print("~ys-state name", k, "->", s)
"#;

/// The statement inserted after each top-level statement.
const PROBE: &str = "_ys_probe()";

/// The methods whose calls are probed (`next()` is probed too).
const METHODS: [&str; 4] = ["send", "throw", "close", "__next__"];

/// The reduced program instrumented with the probe; None when ruff cannot parse it.
pub fn instrument(source: &str) -> Option<String> {
    let parsed = ruff_python_parser::parse_module(source).ok()?;
    let mut finder = Calls {
        source,
        functions: parsed
            .suite()
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::FunctionDef(def) => Some(def.name.id.to_string()),
                _ => None,
            })
            .collect(),
        ..Calls::default()
    };
    finder.visit_body(parsed.suite());
    let mut edits = finder.edits;
    for stmt in parsed.suite() {
        if matches!(
            stmt,
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Import(_) | Stmt::ImportFrom(_)
        ) {
            continue;
        }
        // after the line the statement ends on
        let end = usize::from(stmt.range().end());
        let line_end = source[end..].find('\n').map_or(source.len(), |i| end + i);
        edits.push(Edit {
            start: line_end,
            end: line_end,
            text: format!("\n{PROBE}"),
        });
    }
    // stable: edits at one offset keep the order they were found in (outer call first)
    edits.sort_by_key(|e| e.start);
    let mut out = String::from(PRELUDE);
    let mut at = 0;
    for edit in &edits {
        if edit.start < at {
            return None; // overlapping edits: not expected from the visitor
        }
        out.push_str(&source[at..edit.start]);
        out.push_str(&edit.text);
        at = edit.end;
    }
    out.push_str(&source[at..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    // an edit the visitor got wrong gives no probe rather than a program that does not parse
    ruff_python_parser::parse_module(&out).ok()?;
    Some(out)
}

/// One text edit of the source: `start..end` replaced by `text`.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Finds the probed calls inside functions, lambdas and comprehensions (a call at the top level
/// is seen by the probe after its statement), and the delegations (`yield from`, `await`) in
/// the body of a `try` with `except` clauses inside a function.
#[derive(Default)]
struct Calls<'s> {
    source: &'s str,
    edits: Vec<Edit>,
    /// How many functions, lambdas and comprehensions enclose the node visited.
    depth: usize,
    /// The names of the program's top-level functions.
    functions: Vec<String>,
    /// For each enclosing `try` body (innermost last), its delegate slot; None for a scope
    /// (function, lambda, comprehension, class) entered since, whose delegations are its own.
    tries: Vec<Option<usize>>,
    /// Delegate slots handed out so far.
    slots: usize,
}

impl Calls<'_> {
    /// A `try` with `except` clauses inside a function: the state of what its body delegated
    /// to is probed first thing in each handler (`_ys_delegate(SLOT)`), and its body's
    /// delegations hold their object in that slot while they run.
    fn visit_try(&mut self, stmt: &ruff_python_ast::StmtTry) {
        let slot = self.slots;
        self.slots += 1;
        for handler in &stmt.handlers {
            let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
            let Some(first) = h.body.first() else {
                continue;
            };
            let at = usize::from(first.range().start());
            let line_start = self.source[..at].rfind('\n').map_or(0, |i| i + 1);
            let indent = &self.source[line_start..at];
            // `except E: stmt` on one line (a simple statement) or the body on lines of its own
            let text = if indent.chars().all(|c| c == ' ' || c == '\t') {
                format!("_ys_delegate({slot})\n{indent}")
            } else {
                format!("_ys_delegate({slot}); ")
            };
            self.edits.push(Edit {
                start: at,
                end: at,
                text,
            });
        }
        self.tries.push(Some(slot));
        self.visit_body(&stmt.body);
        self.tries.pop();
        for handler in &stmt.handlers {
            self.visit_except_handler(handler);
        }
        self.visit_body(&stmt.orelse);
        self.visit_body(&stmt.finalbody);
    }

    /// `yield from X` / `await X` in a probed `try` body: `X` is held in the slot while the
    /// delegation runs, released when it ends normally.
    fn wrap_delegation(&mut self, whole: ruff_text_size::TextRange, keyword: &str, value: &Expr) {
        let Some(Some(slot)) = self.tries.last().copied() else {
            return;
        };
        self.edits.push(Edit {
            start: whole.start().into(),
            end: value.range().start().into(),
            text: format!("_ys_done({slot}, ({keyword} _ys_yf({slot}, "),
        });
        self.edits.push(Edit {
            start: value.range().end().into(),
            end: value.range().end().into(),
            text: ")))".into(),
        });
    }

    /// Whether an argument is a function of the program (a lambda, a top-level `def`).
    fn is_program_function(&self, arg: &Expr) -> bool {
        match arg {
            Expr::Lambda(_) => true,
            Expr::Name(name) => self.functions.iter().any(|f| f == name.id.as_str()),
            _ => false,
        }
    }

    /// Wrap the arguments of a call of a builtin that iterates and calls back
    /// ([`ORDERED`]), when one of them is a function of the program: its iterators log each
    /// `next()`, its functions each call.
    fn wrap_arguments(&mut self, call: &ruff_python_ast::ExprCall) {
        let Expr::Name(name) = call.func.as_ref() else {
            return;
        };
        let builtin = name.id.as_str();
        if !ORDERED.contains(&builtin) || self.functions.iter().any(|f| f == builtin) {
            return;
        }
        let args = &call.arguments;
        let callbacks = args.args.iter().any(|a| self.is_program_function(a))
            || args
                .keywords
                .iter()
                .any(|k| self.is_program_function(&k.value));
        if !callbacks {
            return;
        }
        let positional = args
            .args
            .iter()
            .filter(|a| !matches!(a, Expr::Starred(_)))
            .map(|a| ("function".to_string(), a.range()));
        let keywords = args.keywords.iter().filter_map(|k| {
            k.arg
                .as_ref()
                .map(|kw| (kw.id.to_string(), k.value.range()))
        });
        for (kw, range) in positional.chain(keywords).collect::<Vec<_>>() {
            self.edits.push(Edit {
                start: range.start().into(),
                end: range.start().into(),
                text: format!("_ys_arg({builtin:?}, {kw:?}, "),
            });
            self.edits.push(Edit {
                start: range.end().into(),
                end: range.end().into(),
                text: ")".into(),
            });
        }
    }
}

/// Builtins that iterate over an argument and call another back: the order of the two is
/// probed ([`Calls::wrap_arguments`]).
const ORDERED: [&str; 5] = ["max", "min", "sorted", "map", "filter"];

impl<'a> Visitor<'a> for Calls<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Try(t) if self.depth > 0 && !t.handlers.is_empty() => self.visit_try(t),
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {
                let function = usize::from(matches!(stmt, Stmt::FunctionDef(_)));
                self.depth += function;
                self.tries.push(None);
                walk_stmt(self, stmt);
                self.tries.pop();
                self.depth -= function;
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => self.wrap_arguments(call),
            Expr::YieldFrom(y) => self.wrap_delegation(y.range(), "yield from", &y.value),
            Expr::Await(a) => self.wrap_delegation(a.range(), "await", &a.value),
            _ => {}
        }
        if let (Expr::Call(call), true) = (expr, self.depth > 0) {
            match call.func.as_ref() {
                Expr::Name(name) if name.id.as_str() == "next" => self.edits.push(Edit {
                    start: name.range().start().into(),
                    end: name.range().end().into(),
                    text: "_ys_next".into(),
                }),
                Expr::Attribute(attr) if METHODS.contains(&attr.attr.as_str()) => {
                    let value = attr.value.range();
                    self.edits.push(Edit {
                        start: value.start().into(),
                        end: value.start().into(),
                        text: "_ys_m(".into(),
                    });
                    self.edits.push(Edit {
                        start: value.end().into(),
                        end: attr.range().end().into(),
                        text: format!(", {:?})", attr.attr.as_str()),
                    });
                }
                _ => {}
            }
        }
        let scope = matches!(
            expr,
            Expr::Lambda(_)
                | Expr::Generator(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
        );
        self.depth += usize::from(scope);
        if scope {
            self.tries.push(None);
        }
        walk_expr(self, expr);
        if scope {
            self.tries.pop();
        }
        self.depth -= usize::from(scope);
    }
}

/// The signature of a reduced finding named by the state probe, when the first difference of
/// the instrumented program's traces is a generator object's state; None otherwise (the probe
/// found no state difference first, the program does not parse, or it no longer diverges).
pub fn state_signature(oracle: &mut Oracle, reduced: &str) -> Option<Signature> {
    let source = instrument(reduced)?;
    let check = oracle.check(&Case::from_source("probe.py", source));
    if check.class != Class::Divergent {
        return None;
    }
    let (left, right) = (outcome_body(&check.left), outcome_body(&check.right));
    probe_difference(&left, &right).map(|text| Signature::from_text(&text))
}

/// `divergent: state after OPERATION[ raise TYPE["MESSAGE"]]: LEFT vs RIGHT` when the first
/// differing lines of two instrumented traces are one probe's states.
pub fn probe_difference(left: &str, right: &str) -> Option<String> {
    let (l, r): (Vec<&str>, Vec<&str>) = (left.lines().collect(), right.lines().collect());
    let first = (0..l.len().max(r.len())).find(|&i| l.get(i) != r.get(i))?;
    if let Some(order) = order_difference(l.get(first)?, r.get(first)?) {
        return Some(order);
    }
    let (a, b) = (probe_line(l.get(first)?)?, probe_line(r.get(first)?)?);
    if a.0 != b.0 || a.1 == b.1 {
        return None;
    }
    let (op, ended) = if let Some(rest) = a.0.strip_prefix("call ") {
        // `call OPERATION returned` or `call OPERATION raise TYPE: REPR`
        let (op, how) = rest.split_once(' ')?;
        let ended = match how.strip_prefix("raise ") {
            Some(_) => Some(outcome(how)?),
            None => None,
        };
        (op.to_string(), ended)
    } else if let Some(how) = a.0.strip_prefix("delegate ") {
        // `delegate raise TYPE: REPR`: what a `yield from`/`await` delegated to, read in the
        // handler of the exception the delegation ended with
        ("delegation".to_string(), Some(outcome(how)?))
    } else {
        // `name NAME`: the top-level statement before this probe
        statement_after(&l[..first])?
    };
    let after = match ended {
        // a runtime's own check names the state it left, whichever operation met it
        // (`close()`, or the close a delegating generator forwarded to its delegate)
        Some(Outcome { text, check: true }) => text,
        Some(Outcome { text, .. }) => format!("{op} {text}"),
        None => op,
    };
    Some(format!(
        "divergent: state after {after}: {} vs {}",
        a.1, b.1
    ))
}

/// How a probed operation ended: `raise TYPE "MESSAGE"`, and whether the message is one the
/// runtime wrote (a check of its own) rather than the program's.
struct Outcome {
    text: String,
    check: bool,
}

/// `divergent: order of calls in BUILTIN(): LEFT vs RIGHT` when two differing lines are what
/// one builtin did next: resume an iterator (`next`) or call a function (`call KEYWORD`).
fn order_difference(left: &str, right: &str) -> Option<String> {
    let step = |line: &str| {
        line.strip_prefix("out ")?
            .strip_prefix(ORDER_MARK)?
            .trim_start()
            .split_once(' ')
            .map(|(builtin, what)| (builtin.to_string(), what.to_string()))
    };
    let ((fa, a), (fb, b)) = (step(left)?, step(right)?);
    (fa == fb && a != b).then(|| {
        // CPython's `min()` and `max()` are one function (`min_max` in bltinmodule.c): one
        // order of calls for both, so one name
        let builtin = match fa.as_str() {
            "min" | "max" => "max()/min()".to_string(),
            other => format!("{other}()"),
        };
        format!("divergent: order of calls in {builtin}: {a} vs {b}")
    })
}

/// A probe's `out` line as (what it probed, the state).
fn probe_line(line: &str) -> Option<(&str, &str)> {
    let text = line.strip_prefix("out ")?.strip_prefix(MARK)?.trim_start();
    text.rsplit_once(" -> ")
}

/// `raise TYPE "MESSAGE"` (the message when the runtime wrote it, masked) of a `raise TYPE:
/// REPR` text.
fn outcome(text: &str) -> Option<Outcome> {
    let raised = raised(text)?;
    Some(match raised.message {
        Some(message) => Outcome {
            text: format!("raise {} {message:?}", raised.type_name),
            check: true,
        },
        None => Outcome {
            text: format!("raise {}", raised.type_name),
            check: false,
        },
    })
}

/// The operation of the last top-level statement before a name probe (`close`, `resume`,
/// `for`), and the exception it ended with.
fn statement_after(before: &[&str]) -> Option<(String, Option<Outcome>)> {
    let is_probe = |line: &str| line.starts_with(">>> ") && line.ends_with(&format!(": {PROBE}"));
    let at = before
        .iter()
        .rposition(|line| line.starts_with(">>> ") && !is_probe(line))?;
    // an async generator's awaitable is named by the method that made it, not by the
    // `send()`/`throw()` that ran it
    let awaitable = ["asend", "athrow", "aclose", "__anext__"]
        .into_iter()
        .find(|m| before[at].contains(&format!(".{m}(")));
    let op = match (awaitable, operation(before[at]).as_str()) {
        (Some(method), _) => method.to_string(),
        (None, "next" | "send") => "resume".to_string(),
        (None, other) => other.to_string(),
    };
    let ended = before[at + 1..]
        .iter()
        .take_while(|line| !line.starts_with(">>> ") && !line.starts_with("--- "))
        .find(|line| line.starts_with("raise "))
        .and_then(|line| outcome(line));
    Some((op, ended))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_inside_functions_are_wrapped_and_top_level_statements_probed() {
        let source = "\
def g():
    print(next(s, 'd'))
    s.send(1).close()
    yield
s = g()
next(s)
";
        let out = instrument(source).unwrap();
        let body = out.strip_prefix(PRELUDE).unwrap();
        assert_eq!(
            body,
            "\
def g():
    print(_ys_next(s, 'd'))
    _ys_m(_ys_m(s, \"send\")(1), \"close\")()
    yield
s = g()
_ys_probe()
next(s)
_ys_probe()
"
        );
        // the instrumented program parses
        assert!(ruff_python_parser::parse_module(&out).is_ok());
    }

    #[test]
    fn a_delegation_in_a_try_is_held_until_its_handler_probes_it() {
        let source = "\
def g0():
    try:
        x = yield from g1()
    except ValueError: pass
    except RuntimeError as e:
        print(e)
    try:
        yield from g1()
    finally:
        pass
async def c():
    try:
        await d()
    except* ValueError:
        def f():
            try:
                yield from g1()
            except E:
                if x:
                    pass
        return 1
yield from g1()
";
        let out = instrument(source).unwrap();
        let body = out.strip_prefix(PRELUDE).unwrap();
        assert_eq!(
            body,
            "\
def g0():
    try:
        x = _ys_done(0, (yield from _ys_yf(0, g1())))
    except ValueError: _ys_delegate(0); pass
    except RuntimeError as e:
        _ys_delegate(0)
        print(e)
    try:
        yield from g1()
    finally:
        pass
async def c():
    try:
        _ys_done(1, (await _ys_yf(1, d())))
    except* ValueError:
        _ys_delegate(1)
        def f():
            try:
                _ys_done(2, (yield from _ys_yf(2, g1())))
            except E:
                _ys_delegate(2)
                if x:
                    pass
        return 1
yield from g1()
_ys_probe()
"
        );
    }

    #[test]
    fn the_arguments_of_a_builtin_that_calls_back_are_wrapped() {
        let source = "def kf(v):\n    return v\nmax(s, key=kf)\nmax(s, default=0)\n";
        let out = instrument(source).unwrap();
        let body = out.strip_prefix(PRELUDE).unwrap();
        assert_eq!(
            body,
            "def kf(v):\n    return v\n\
             max(_ys_arg(\"max\", \"function\", s), key=_ys_arg(\"max\", \"key\", kf))\n\
             _ys_probe()\nmax(s, default=0)\n_ys_probe()\n"
        );
    }

    #[test]
    fn a_state_difference_is_named_by_the_operation_and_its_outcome() {
        let shared = "\
>>> 5: s = g()
>>> 6: _ys_probe()
out ~ys-state name s -> suspended
>>> 7: s.close()
raise RuntimeError: RuntimeError('generator ignored GeneratorExit')
>>> 8: _ys_probe()
";
        let left = format!("{shared}out ~ys-state name s -> suspended\n>>> 9: s.send(1)\n");
        let right = format!("{shared}out ~ys-state name s -> closed\n>>> 9: s.send(1)\n");
        assert_eq!(
            probe_difference(&left, &right).unwrap(),
            "divergent: state after raise RuntimeError \"… ignored GeneratorExit\": \
             suspended vs closed"
        );
        // the same check met by the close a delegating generator forwarded: one name
        let delegate = |state: &str| {
            format!(
                ">>> 9: s.close()\nout ~ys-state delegate raise RuntimeError: \
                 RuntimeError('generator ignored GeneratorExit') -> {state}\nout x\n"
            )
        };
        assert_eq!(
            probe_difference(&delegate("suspended"), &delegate("closed")).unwrap(),
            "divergent: state after raise RuntimeError \"… ignored GeneratorExit\": \
             suspended vs closed"
        );
        // an exception of the program's own keeps the operation that met it
        let thrown = |state: &str| {
            format!(
                ">>> 9: f()\nout ~ys-state delegate raise ValueError: ValueError('d1') -> \
                 {state}\nout ~ys-state call throw raise ValueError: ValueError('d1') -> \
                 {state}\n"
            )
        };
        assert_eq!(
            probe_difference(&thrown("suspended"), &thrown("closed")).unwrap(),
            "divergent: state after delegation raise ValueError: suspended vs closed"
        );
        let call = |state: &str| {
            format!(
                ">>> 7: next(s)\nout ~ys-state call resume raise ValueError: \
                 ValueError('coroutine already executing') -> {state}\n"
            )
        };
        assert_eq!(
            probe_difference(&call("running"), &call("running without a frame")).unwrap(),
            "divergent: state after raise ValueError \"… already executing\": \
             running vs running without a frame"
        );
        // a builtin that resumes its iterator where the reference calls the function back
        assert_eq!(
            probe_difference(
                ">>> 9: max(s)\nout ~ys-order max next\nout ~ys-order max call key\n",
                ">>> 9: max(s)\nout ~ys-order max next\nout ~ys-order max next\n"
            )
            .unwrap(),
            "divergent: order of calls in max()/min(): call key vs next"
        );
        assert_eq!(
            probe_difference(
                ">>> 9: min(s)\nout ~ys-order min next\nout ~ys-order min call key\n",
                ">>> 9: min(s)\nout ~ys-order min next\nout ~ys-order min next\n"
            )
            .unwrap(),
            "divergent: order of calls in max()/min(): call key vs next"
        );
        // the first difference is not a state: not named by the probe
        assert_eq!(
            probe_difference(">>> 1: f()\nout a\n", ">>> 1: f()\nout b\n"),
            None
        );
    }
}
