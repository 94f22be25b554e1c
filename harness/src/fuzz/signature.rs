//! Root-cause signatures of findings: what differs, not where. A divergence is named by the
//! operation of the statement where the traces part (`next`, `send`, `throw`, `close`, `del`,
//! the teardown, …) and the kind of the first differing event on each side (output, value,
//! exception type, unraisable, warning category and message, end of statement); a crash by the
//! side that crashed, its signal or exit status, and its panic or fatal-error message with the
//! site the runtime names. No program line number, label or address takes part, so the same
//! bug found in two programs, or before and after reduction, has one signature.

use std::fmt;

use serde::{Deserialize, Serialize};

use yieldspec_trace::Outcome;

use super::messages::{is_reference_message, raised, warned, Raised};
use super::oracle::{Check, Class};
use crate::diff::outcome_body;

/// The root-cause signature of a finding (or of any check).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Signature(String);

impl Signature {
    /// The signature of a check: for a divergence its first difference, for a crash the crash.
    pub fn of(check: &Check) -> Signature {
        let text = match check.class {
            Class::Crashed => {
                let side = |name: &str, o: &Outcome| match o {
                    Outcome::Crashed { message, .. } => Some(format!("{name} {}", crash(message))),
                    _ => None,
                };
                let parts: Vec<String> = [side("left", &check.left), side("right", &check.right)]
                    .into_iter()
                    .flatten()
                    .collect();
                format!("crashed: {}", parts.join("; "))
            }
            Class::Divergent => format!("divergent: {}", difference(&check.left, &check.right)),
            other => other.name().to_string(),
        };
        Signature(text)
    }

    /// A signature as written in a known-divergences file.
    pub fn from_text(text: &str) -> Signature {
        Signature(text.trim().to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `OPERATION: LEFT vs RIGHT` for the first differing pair of lines of the two traces.
fn difference(left: &Outcome, right: &Outcome) -> String {
    let syntax = |o: &Outcome| match o {
        Outcome::SyntaxError { message, .. } => {
            Some(format!("syntax error: {}", mask(compiler_message(message))))
        }
        _ => None,
    };
    difference_of(
        (&outcome_body(left), syntax(left)),
        (&outcome_body(right), syntax(right)),
    )
}

/// A compiler's message without its parenthesized tail, which says where or in what it failed
/// (`(type: Function)` or `(type: AsyncFunction)` for the scope RustPython's code generator
/// lost, `(detected at line 5)`), not what: one check in the compiler is one signature.
fn compiler_message(message: &str) -> &str {
    let message = message.trim_end();
    match message.strip_suffix(')').and_then(|m| m.rfind(" (")) {
        Some(i) => &message[..i],
        None => message,
    }
}

/// `difference` of two trace bodies, each with its syntax error if the outcome was one.
///
/// Teardown steps (`--- del NAME`) are written only when something happens in them, so a step
/// present on one side only is passed over: the difference is the first event under it.
fn difference_of<'a>(left: (&'a str, Option<String>), right: (&'a str, Option<String>)) -> String {
    let (l, r): (Vec<&'a str>, Vec<&'a str>) =
        (left.0.lines().collect(), right.0.lines().collect());
    let first = (0..l.len().max(r.len()))
        .find(|&i| l.get(i) != r.get(i))
        .unwrap_or(0);
    let before = &l[..first.min(l.len())];
    // the first event at or after `first` on each side, past teardown steps
    let event_at = |lines: &[&str]| {
        (first..lines.len())
            .find(|&i| !lines[i].starts_with("--- "))
            .unwrap_or(lines.len())
    };
    let (fl, fr) = (event_at(&l), event_at(&r));
    let step = [l.get(first), r.get(first)]
        .into_iter()
        .flatten()
        .find(|line| line.starts_with("--- "))
        .map(|line| operation(line));
    let context = origin(before, [l.get(fl), r.get(fr)]).unwrap_or_else(|| {
        step.unwrap_or_else(|| {
            before
                .iter()
                .rev()
                .find(|line| is_step(line))
                .map_or("start".to_string(), |line| operation(line))
        })
    });
    let describe = |lines: &[&str], at: usize, syntax: Option<String>| -> String {
        if let Some(syntax) = syntax {
            return syntax;
        }
        match lines.get(at) {
            None => "end of trace".into(),
            Some(line) => event(line, lines.get(at + 1).copied()),
        }
    };
    let syntax_error = left.1.is_some() || right.1.is_some();
    let (dl, dr) = (describe(&l, fl, left.1), describe(&r, fr, right.1));
    let (el, er) = (l.get(fl).copied(), r.get(fr).copied());
    // the events of the statement (or teardown step) the traces part in, on each side: from the
    // statement's start in the shared lines, or from the step one side alone has, to the next step
    let start = before
        .iter()
        .rposition(|line| is_step(line))
        .map_or(0, |i| i + 1);
    let statement = |lines: &[&'a str], at: usize| -> Vec<&'a str> {
        let from = if at > first { at } else { start.min(at) };
        let to = (at..lines.len())
            .find(|&i| is_step(lines[i]))
            .unwrap_or(lines.len());
        lines[from.min(to)..to].to_vec()
    };
    if !syntax_error {
        let events = Parted {
            context: &context,
            first: [el, er],
            statements: [statement(&l, fl), statement(&r, fr)],
        };
        if let Some(named) = named_by_message(&events) {
            return named;
        }
        if let Some(named) = ending_details(&events.statements) {
            return named;
        }
        if el.is_some_and(|e| e.starts_with("  ")) || er.is_some_and(|e| e.starts_with("  ")) {
            let (tl, tr) = (&l[fl.min(l.len())..], &r[fr.min(r.len())..]);
            let (mut a, mut b) = (detail(el, tl, er, tr, &dl), detail(er, tr, el, tl, &dr));
            // which exception is chained is the program's (what it had raised before, whether
            // a StopIteration or a StopAsyncIteration escaped), not the runtime's: `context`
            // rather than `context ValueError`
            for side in [&mut a, &mut b] {
                if side.starts_with("context ") || side.starts_with("cause ") {
                    side.truncate(side.find(' ').unwrap_or(side.len()));
                }
            }
            return format!("{context}: {a} vs {b}");
        }
    }
    if dl == dr {
        // the same kind of event on both sides: which part of its text differs
        match (el, er) {
            (Some(a), Some(b)) if a.starts_with("unraisable ") && b.starts_with("unraisable ") => {
                // Both sides report a finalizer's failure and word the report differently: a
                // property of how the runtime reports finalizers, whatever statement's garbage
                // the finalizer ran for, so the statement's operation takes no part.
                // When only the hook's message differs, the exception the finalizer raised takes
                // no part either (it is the same on both sides).
                let message = |s: &str| s.rsplit_once(": ").map_or(s, |(m, _)| m).to_string();
                if message(a) != message(b) {
                    "finalization: unraisable vs unraisable (message differs)".to_string()
                } else {
                    format!("finalization: {dl} vs {dr} (object differs)")
                }
            }
            (Some(a), Some(b)) => match (top_raised(Some(a)), top_raised(Some(b))) {
                // The same exception type, neither with a message: the arguments differ. Shown
                // masked when short, so that `StopIteration()` against `StopIteration(None)`
                // (PyPy's `__anext__()`) and against `StopIteration(#)` (PyPy's `athrow()`) are
                // two signatures; labels the program gave (`E0('d1')`, `E0('d2')`) mask alike.
                (Some(x), Some(y)) if x.message.is_none() && y.message.is_none() => {
                    let repr = |line: &str| {
                        mask(line.split_once(": ").map_or("", |(_, repr)| repr.trim()))
                    };
                    let (ra, rb) = (repr(a), repr(b));
                    if ra != rb && ra.len() <= 60 && rb.len() <= 60 {
                        format!("{context}: raise {ra} vs raise {rb}")
                    } else {
                        format!("{context}: {dl} vs {dr} (text differs)")
                    }
                }
                _ => format!("{context}: {dl} vs {dr} (text differs)"),
            },
            _ => format!("{context}: {dl} vs {dr} (text differs)"),
        }
    } else {
        format!("{context}: {dl} vs {dr}")
    }
}

/// Where two traces part: the operation (or origin) that names the statement, the first
/// differing event on each side (`None` past the end), and the events of that statement on
/// each side.
struct Parted<'s, 'a> {
    context: &'s str,
    first: [Option<&'a str>; 2],
    statements: [Vec<&'a str>; 2],
}

/// A difference named by a message one runtime wrote, when there is one: it points at one check
/// in that runtime, whatever statement the check fired in and whatever the program did next, so
/// the statement's operation and the other side's event take no part.
///
/// - A warning of the same category on both sides, worded differently: `warning CATEGORY
///   worded "RIGHT'S MESSAGE" (left differs)` — keyed by the wording of the runtime under test,
///   which comes from one place in it (RustPython words `throw()` and `athrow()`'s deprecation
///   alike).
/// - A warning on one side only: `ORIGIN: warning CATEGORY: MESSAGE vs none` (or the mirror),
///   with the origin `finalization` or `compile` when the warning says where it comes from,
///   `warning` otherwise.
///
/// For exceptions, what counts is the exception the statement ends with on each side (its
/// outcome), not only the first differing event: output that differs before it is how the
/// runtime got there (a generator the runtime wrongly closed prints less, then does not raise
/// CPython's `generator already executing`). When the first difference is in a finalizer's
/// report or in an exception's details, only the first events count.
///
/// - An exception with a message the reference wrote that the runtime does not raise (it
///   raises something else, returns, prints): `raise TYPE "MESSAGE" vs not raised` — the
///   reference's check the runtime lacks.
/// - An exception with a message the runtime wrote that the reference does not raise (it raises
///   nothing, an exception without a message, or the same type worded otherwise):
///   `not raised vs raise TYPE "MESSAGE"` — the runtime's own check, keyed by its wording, which
///   comes from one place in it (RustPython words `throw()`'s and `athrow()`'s argument check
///   alike, and makes it before CPython would). When both sides raise the same type with
///   different messages, the runtime's wording names the finding unless it is one of CPython's
///   own messages: then the runtime ran into another of CPython's checks, and the reference's
///   check names it.
/// - `GeneratorExit` leaving the statement on the reference's side only (a generator that
///   ignored `close()` re-raises it when it is resumed and finishes): `raise GeneratorExit vs
///   not raised`, whatever the runtime did instead.
fn named_by_message(parted: &Parted<'_, '_>) -> Option<String> {
    let [el, er] = parted.first;
    let (wl, wr) = (el.and_then(warned), er.and_then(warned));
    let origin = match parted.context {
        "finalization" | "compile" => parted.context,
        _ => "warning",
    };
    match (&wl, &wr) {
        (Some(a), Some(b)) if a.category == b.category && a.message != b.message => {
            return Some(format!(
                "warning {} worded {:?} (left differs)",
                b.category, b.message
            ));
        }
        (Some(a), b) if b.as_ref().is_none_or(|b| b.category != a.category) => {
            return Some(format!(
                "{origin}: warning {}: {} vs none",
                a.category, a.message
            ));
        }
        (None, Some(b)) => {
            return Some(format!(
                "{origin}: none vs warning {}: {}",
                b.category, b.message
            ));
        }
        _ => {}
    }
    let in_detail_or_finalizer = parted.context == "finalization"
        || parted
            .first
            .iter()
            .flatten()
            .any(|e| e.starts_with(' ') || e.starts_with("unraisable "));
    let (rl, rr) = if in_detail_or_finalizer {
        (top_raised(el), top_raised(er))
    } else {
        let [sl, sr] = &parted.statements;
        (statement_raised(sl), statement_raised(sr))
    };
    if rl == rr {
        return None;
    }
    let runtime_own = |b: &Raised<'_>| {
        let message = b.message.as_deref()?;
        Some(format!(
            "not raised vs raise {} {message:?}",
            mask(b.type_name)
        ))
    };
    match (&rl, &rr) {
        (Some(a), Some(b))
            if a.type_name == b.type_name
                && a.message.is_some()
                && b.message
                    .as_deref()
                    .is_some_and(|m| !is_reference_message(m)) =>
        {
            runtime_own(b)
        }
        (Some(a), _) if a.message.is_some() => Some(format!(
            "raise {} {:?} vs not raised",
            mask(a.type_name),
            a.message.as_deref()?
        )),
        (Some(a), b)
            if a.type_name == "GeneratorExit"
                && b.as_ref().is_none_or(|b| b.type_name != a.type_name) =>
        {
            Some("raise GeneratorExit vs not raised".into())
        }
        (_, Some(b)) => runtime_own(b),
        _ => None,
    }
}

/// When both statements end with the same exception, made by a runtime's check (it has a
/// message), and its details differ (`context`, `cause`, …): `raise TYPE "MESSAGE" details: LEFT
/// vs RIGHT`, as a difference found in the details first, whatever output differs before the
/// exception (RustPython's wrongly closed generator: a second `next()` on itself inside a
/// `finally` gets the default instead of a second "already executing" error, prints it, and the
/// final error has no `__context__`).
fn ending_details(statements: &[Vec<&str>; 2]) -> Option<String> {
    let [sl, sr] = statements;
    let ((a, dl), (b, dr)) = (statement_ending(sl)?, statement_ending(sr)?);
    if a != b || a.message.is_none() {
        return None;
    }
    let k = (0..dl.len().max(dr.len())).find(|&k| dl.get(k) != dr.get(k))?;
    let side = |mine: &[&str], theirs: &[&str]| {
        let line = mine.get(k).copied();
        let described = line.map_or_else(|| "none".to_string(), |l| event(l, None));
        let mut named = detail(
            line,
            &mine[k.min(mine.len())..],
            theirs.get(k).copied(),
            &theirs[k.min(theirs.len())..],
            &described,
        );
        if named.starts_with("context ") || named.starts_with("cause ") {
            named.truncate(named.find(' ').unwrap_or(named.len()));
        }
        named
    };
    Some(format!(
        "raise {} {:?} details: {} vs {}",
        mask(a.type_name),
        a.message.as_deref()?,
        side(&dl, &dr),
        side(&dr, &dl)
    ))
}

/// The exception a statement ended with and the details under it.
fn statement_ending<'a>(events: &[&'a str]) -> Option<(Raised<'a>, Vec<&'a str>)> {
    let at = events.iter().position(|l| top_raised(Some(l)).is_some())?;
    let details = events[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("  "))
        .copied()
        .collect();
    Some((top_raised(Some(events[at]))?, details))
}

/// The exception a statement ended with: the top-level `raise` line among its events.
fn statement_raised<'a>(events: &[&'a str]) -> Option<Raised<'a>> {
    events.iter().find_map(|line| top_raised(Some(line)))
}

/// The exception a statement-level `raise` line reports (not one in an exception's details).
fn top_raised(line: Option<&str>) -> Option<super::messages::Raised<'_>> {
    line.filter(|l| !l.starts_with(' ')).and_then(raised)
}

/// One side of a difference in an exception's details (`cause:`, `context:`, `value:`,
/// `suppress_context:` below a `raise`): the detail line, or `none` when the detail the other
/// side has is missing from this side's details (whatever comes after them). `rest` is this
/// side's lines from the differing one on.
fn detail(
    line: Option<&str>,
    rest: &[&str],
    other: Option<&str>,
    other_rest: &[&str],
    described: &str,
) -> String {
    let field = |l: &str| {
        l.trim_start()
            .split(':')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let fields = |lines: &[&str]| -> Vec<String> {
        lines
            .iter()
            .take_while(|l| l.starts_with("  "))
            .map(|l| field(l))
            .collect()
    };
    let (mine, theirs) = (fields(rest), fields(other_rest));
    match (
        line.filter(|l| l.starts_with("  ")),
        other.filter(|l| l.starts_with("  ")),
    ) {
        // a detail the other side lacks
        (Some(l), _) if !theirs.contains(&field(l)) => detail_name(l),
        // the other side has a detail this side lacks
        (_, Some(o)) if !mine.contains(&field(o)) => "none".into(),
        _ => described.to_string(),
    }
}

/// A detail line as a signature names it: `context StopIteration`, `cause ValueError`,
/// `StopIteration value`, `suppress_context`.
fn detail_name(line: &str) -> String {
    event(line, None)
}

/// Where a difference comes from when that is not the statement's operation: a finalizer
/// (an unraisable, or a coroutine's "never awaited" warning, on either side: the same finalizer
/// runs whatever statement dropped the object), the compiler (a SyntaxWarning), or the details
/// of an exception both sides raised (its chaining, its StopIteration value: how the runtime
/// built that exception). `before` holds the lines both traces share.
fn origin(before: &[&str], firsts: [Option<&&str>; 2]) -> Option<String> {
    let firsts: Vec<&str> = firsts.into_iter().flatten().copied().collect();
    if firsts.iter().any(|f| {
        f.starts_with("unraisable ")
            || (f.starts_with("warning RuntimeWarning ") && f.ends_with("was never awaited"))
    }) {
        return Some("finalization".into());
    }
    if firsts
        .iter()
        .any(|f| f.starts_with("warning SyntaxWarning "))
    {
        return Some("compile".into());
    }
    if firsts.iter().any(|f| f.starts_with("  ")) {
        let owner = before.iter().rev().find(|line| !line.starts_with("  "))?;
        if owner.starts_with("unraisable ") {
            return Some("finalization".into());
        }
        // An exception the runtime made (its message says so) is named by its type and message:
        // how that check builds it. One the program raised (a label, no message) is any
        // exception: how the runtime chains or fills in what passes through a frame.
        let owner = raised(owner)?;
        return Some(match owner.message {
            Some(message) => format!("raise {} {message:?} details", mask(owner.type_name)),
            None => PROGRAM_EXCEPTION_DETAILS.into(),
        });
    }
    None
}

/// The origin of a difference in the details of an exception the program raised.
const PROGRAM_EXCEPTION_DETAILS: &str = "raised exception details";

/// Whether a trace line starts a step (a statement, the end marker, a teardown step).
fn is_step(line: &str) -> bool {
    line.starts_with(">>> ") || line.starts_with("--- ") || line == "=== end"
}

/// The generator operation a statement performs, from its source text.
fn operation(step: &str) -> String {
    if let Some(label) = step.strip_prefix("--- ") {
        return match label.split_whitespace().next() {
            Some("del") => "teardown del".into(),
            _ => format!("teardown {label}"),
        };
    }
    if step == "=== end" {
        return "teardown".into();
    }
    let source = step
        .strip_prefix(">>> ")
        .and_then(|s| s.split_once(": ").map(|(_, src)| src))
        .unwrap_or(step);
    const OPERATIONS: [(&str, &str); 10] = [
        (".send(", "send"),
        (".throw(", "throw"),
        (".close(", "close"),
        ("getgeneratorstate(", "getgeneratorstate"),
        (".gi_running", "gi_running"),
        (".gi_frame", "gi_frame"),
        (".gi_yieldfrom", "gi_yieldfrom"),
        (".gi_code", "gi_code"),
        ("next(", "next"),
        ("list(", "list"),
    ];
    for (needle, name) in OPERATIONS {
        if source.contains(needle) {
            return name.into();
        }
    }
    // a statement's keyword, at its start (`for` in a generator expression is not a loop)
    const KEYWORDS: [(&str, &str); 6] = [
        ("del ", "del"),
        ("for ", "for"),
        ("async for ", "for"),
        ("def ", "def"),
        ("async def ", "def"),
        ("class ", "class"),
    ];
    for (keyword, name) in KEYWORDS {
        if source.starts_with(keyword) {
            return name.into();
        }
    }
    if iterates_at_once(source) {
        return "for".into();
    }
    if source.contains(" = ") {
        "assign".into()
    } else {
        "statement".into()
    }
}

/// Whether a statement holds a list, set or dict comprehension, which iterates when the
/// statement runs (a generator expression does not: it only makes a generator).
fn iterates_at_once(source: &str) -> bool {
    source.match_indices(" for ").any(|(at, _)| {
        let mut open = Vec::new();
        for c in source[..at].chars() {
            match c {
                '(' | '[' | '{' => open.push(c),
                ')' | ']' | '}' => {
                    open.pop();
                }
                _ => {}
            }
        }
        matches!(open.last(), Some('[' | '{'))
    })
}

/// The kind of one trace line: `out`, `value None`, `raise TYPE`, `unraisable TYPE`, …; for the
/// exception details indented below an event, what they are (`cause TYPE`, …). `next` is the
/// line after it (an unraisable's exception follows on its own line).
fn event(line: &str, next: Option<&str>) -> String {
    if is_step(line) {
        return "end of statement".into();
    }
    let trimmed = line.trim_start();
    let (word, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    match word {
        "out" | "out~" | "err" | "err~" => word.trim_end_matches('~').into(),
        "value" => match rest {
            "None" | "True" | "False" => format!("value {rest}"),
            _ => format!("value {}", value_shape(rest)),
        },
        // a generated exception class's number is a label (E0, E1): masked
        "raise" => format!("raise {}", mask(&exception_type(rest))),
        "unraisable" => {
            let inner = next
                .map(str::trim_start)
                .and_then(|n| n.strip_prefix("raise "))
                .map(|e| mask(&exception_type(e)))
                .unwrap_or_default();
            format!("unraisable {inner}").trim_end().to_string()
        }
        "warning" => {
            // `warning CATEGORY at line N: MESSAGE`: no line number
            let category = rest.split_whitespace().next().unwrap_or_default();
            let message = rest.split_once(": ").map_or("", |(_, m)| m);
            format!("warning {category}: {}", mask(message))
        }
        "cause:" | "context:" => format!("{} {}", word.trim_end_matches(':'), rest),
        "value:" => "StopIteration value".into(),
        "suppress_context:" => "suppress_context".into(),
        "truncated" => "truncated".into(),
        "!!!" => format!("!!! {}", rest.split(" at ").next().unwrap_or(rest)),
        _ => mask(word),
    }
}

/// The exception type of `TYPE: REPR`.
fn exception_type(text: &str) -> String {
    text.split(':')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// What kind of value a repr shows: `<generator>`, `int`, `str`, `tuple`, … (not the value).
fn value_shape(repr: &str) -> String {
    let first = repr.chars().next().unwrap_or(' ');
    match first {
        '<' => {
            let kind = repr[1..].split([' ', '>']).next().unwrap_or("object");
            format!("<{kind}>")
        }
        '\'' | '"' => "str".into(),
        '(' => "tuple".into(),
        '[' => "list".into(),
        '{' => "dict".into(),
        c if c.is_ascii_digit() || c == '-' => "int".into(),
        _ => mask(repr.split('(').next().unwrap_or(repr)),
    }
}

/// Digits replaced by `#` and hex addresses by `0x#`, so numbers in messages do not split a
/// signature.
pub fn mask(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            while chars
                .peek()
                .is_some_and(|d| d.is_ascii_hexdigit() || *d == 'x')
            {
                chars.next();
            }
            out.push('#');
        } else {
            out.push(c);
        }
    }
    out
}

/// A crash as `signal SIGSEGV`, `exit status 101`, then the panic or fatal-error message and
/// the site the runtime names (a Rust panic's `file:line:col` in the runtime's own source is a
/// site, kept; numbers in the message are masked).
fn crash(message: &str) -> String {
    let mut parts = Vec::new();
    if let Some(i) = message.find("signal: ") {
        let rest = &message[i + "signal: ".len()..];
        let name = rest
            .split_once('(')
            .and_then(|(_, r)| r.split_once(')'))
            .map_or_else(
                || rest.split_whitespace().next().unwrap_or("").to_string(),
                |(n, _)| n.to_string(),
            );
        parts.push(format!("signal {name}"));
    } else if let Some(i) = message.find("exit status: ") {
        let code: String = message[i + "exit status: ".len()..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        parts.push(format!("exit status {code}"));
    }
    let lines: Vec<&str> = message.lines().collect();
    if let Some(k) = lines.iter().position(|l| l.contains("panicked at ")) {
        let after = &lines[k][lines[k].find("panicked at ").unwrap_or(0) + "panicked at ".len()..];
        if let Some(old) = after.strip_prefix('\'') {
            // `panicked at 'MESSAGE', SITE`
            let (msg, site) = old.rsplit_once("', ").unwrap_or((old, ""));
            parts.push(format!("panic {:?} at {site}", mask(msg)));
        } else {
            // `panicked at SITE:` then the message on the next line
            let site = after.trim_end_matches(':');
            let msg = lines.get(k + 1).copied().unwrap_or_default();
            parts.push(format!("panic {:?} at {site}", mask(msg)));
        }
    } else if let Some(fatal) = lines
        .iter()
        .find(|l| l.starts_with("Fatal ") || l.contains("RPython traceback"))
    {
        parts.push(mask(fatal.trim()));
    } else if let Some(rest) = message.strip_prefix("engine panicked: ") {
        parts.push(format!(
            "panic {:?}",
            mask(rest.lines().next().unwrap_or(rest))
        ));
    } else if parts.is_empty() {
        parts.push(mask(message.lines().next().unwrap_or(message)));
    }
    parts.join(", ")
}

/// The features a program's source uses, found in its text (for the table of findings, after
/// reduction, when the program is small).
pub fn features_of(source: &str) -> Vec<&'static str> {
    const FEATURES: [(&str, &str); 16] = [
        ("yield from", "yield_from"),
        (".send(", "send"),
        (".throw(", "throw"),
        (".close(", "close"),
        ("next(", "next"),
        ("finally:", "finally"),
        ("except", "except"),
        ("with ", "with"),
        ("del ", "del"),
        ("return ", "return"),
        ("raise ", "raise"),
        ("GeneratorExit", "generator_exit"),
        ("StopIteration", "stop_iteration"),
        ("gi_", "gi_attrs"),
        ("getgeneratorstate", "get_state"),
        ("__del__", "__del__"),
    ];
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    FEATURES
        .iter()
        .filter(|(needle, _)| code.contains(needle))
        .map(|(_, name)| *name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_have_no_numbers_labels_or_line_numbers() {
        assert_eq!(event("out g1.4 got 3", None), "out");
        assert_eq!(event("value 3", None), "value int");
        assert_eq!(
            event("value <generator object g1 at 0x@1>", None),
            "value <generator>"
        );
        assert_eq!(
            event("raise ValueError: ValueError('x')", None),
            "raise ValueError"
        );
        assert_eq!(
            event(
                "warning DeprecationWarning at line 17: the (type, exc, tb) signature of throw() is deprecated",
                None
            ),
            "warning DeprecationWarning: the (type, exc, tb) signature of throw() is deprecated"
        );
        assert_eq!(
            event(
                "unraisable Exception ignored in: <generator object g at 0x@2>",
                Some("  raise RuntimeError: RuntimeError('generator ignored GeneratorExit')")
            ),
            "unraisable RuntimeError"
        );
        assert_eq!(event(">>> 12: next(s0)", None), "end of statement");
        assert_eq!(event("raise E1: E1('d3')", None), "raise E#");
    }

    #[test]
    fn operations_come_from_the_statement() {
        assert_eq!(operation(">>> 12: s0.send(3)"), "send");
        assert_eq!(operation(">>> 3: next(s1)"), "next");
        assert_eq!(operation("--- del s0"), "teardown del");
        assert_eq!(operation(">>> 9: s2 = g1(4)"), "assign");
        // a generator expression makes a generator, it does not loop (program 7855: an async
        // generator never finalized when a rebinding drops it, as 128)
        assert_eq!(
            operation(">>> 15: s0 = (repr(v) async for v in g0(0))"),
            "assign"
        );
        assert_eq!(operation(">>> 4: for v in s0:"), "for");
        assert_eq!(operation(">>> 4: box = [v for v in s0]"), "for");
        assert_eq!(operation(">>> 4: d = {v: 1 for v in s0}"), "for");
        assert_eq!(operation(">>> 4: async def g0(a):"), "def");
        assert_eq!(operation(">>> 4: model = 1"), "assign");
    }

    #[test]
    fn differently_worded_unraisables_are_one_finalization_signature() {
        let trace = |step: &str, hook: &str| {
            format!(
                ">>> 3: {step}\nunraisable {hook}: <generator object g at 0x@1>\n  raise RuntimeError: RuntimeError('generator ignored GeneratorExit')\n"
            )
        };
        let at = |step: &str| {
            difference_of(
                (&trace(step, "Exception ignored in"), None),
                (&trace(step, "Exception ignored in: finalizer of "), None),
            )
        };
        let expected = "finalization: unraisable vs unraisable (message differs)";
        assert_eq!(at("del s"), expected);
        assert_eq!(at("for x in s: pass"), expected);
        assert_eq!(at("s = g()"), expected);
    }

    #[test]
    fn finalizer_compiler_and_exception_details_name_the_origin_not_the_statement() {
        let missing = |step: &str, extra: &str| {
            difference_of(
                (&format!(">>> 3: {step}\n{extra}\n>>> 4: x\n"), None),
                (&format!(">>> 3: {step}\n>>> 4: x\n"), None),
            )
        };
        let never = "warning RuntimeWarning at line 3: coroutine 'g0' was never awaited";
        assert_eq!(
            missing("del s", never),
            missing("s = 1", never),
            "a missing never-awaited warning is one signature"
        );
        assert!(missing("del s", never).starts_with("finalization: "));
        let syntax = "warning SyntaxWarning at line 5: 'return' in a 'finally' block";
        assert!(missing("def f():", syntax).starts_with("compile: "));
        let chained = |step: &str, detail: &str| {
            difference_of(
                (
                    &format!(">>> 3: {step}\nraise RuntimeError: RuntimeError('generator raised StopIteration')\n  cause: StopIteration\n  context: StopIteration\n  suppress_context: True\n>>> 4: x\n"),
                    None,
                ),
                (
                    &format!(">>> 3: {step}\nraise RuntimeError: RuntimeError('generator raised StopIteration')\n  cause: StopIteration\n{detail}>>> 4: x\n"),
                    None,
                ),
            )
        };
        // RustPython's PEP 479 RuntimeError has no __context__ (the check that builds it),
        // whatever statement drove the generator and whatever follows the missing line
        let expected =
            "raise RuntimeError \"… raised StopIteration (PEP 479)\" details: context vs none";
        assert_eq!(chained("next(g)", "  suppress_context: True\n"), expected);
        assert_eq!(chained("list(g)", "  suppress_context: True\n"), expected);
        assert_eq!(chained("g.send(1)", ""), expected);
        // an exception the program raised lost its context across a yield: one signature
        // whatever the program had raised before
        let lost = |context: &str| {
            difference_of(
                (
                    &format!(">>> 3: g.throw(GeneratorExit())\nraise GeneratorExit: GeneratorExit()\n  context: {context}\n>>> 4: next(g)\n"),
                    None,
                ),
                (
                    ">>> 3: g.throw(GeneratorExit())\nraise GeneratorExit: GeneratorExit()\n>>> 4: next(g)\n",
                    None,
                ),
            )
        };
        assert_eq!(
            lost("ValueError"),
            "raised exception details: context vs none"
        );
        assert_eq!(lost("ValueError"), lost("StopIteration"));
    }

    /// Two traces that share `common` and then part: the left goes on with `left`, the right
    /// with `right` (each a few lines, `>>> 9: y` after them).
    fn parted(common: &str, left: &str, right: &str) -> String {
        difference_of(
            (&format!("{common}{left}>>> 9: y\n"), None),
            (&format!("{common}{right}>>> 9: y\n"), None),
        )
    }

    #[test]
    fn one_check_in_a_runtime_is_one_signature_wherever_it_fires() {
        // RustPython 0.5 (campaign of 2026-12-03): a never-awaited warning missing at a `del`,
        // at a reassignment, in a loop, in the teardown (where the step line `--- del s2` shows
        // only on the side that had an event under it) and for a renamed coroutine
        let never = |name: &str| {
            format!("warning RuntimeWarning at line 7: coroutine '{name}' was never awaited\n")
        };
        let signatures = [
            parted(">>> 3: del s0\n", &never("g0"), ""),
            parted(">>> 3: s0 = g0(7)\n", &never("g0"), ""),
            parted(">>> 3: for v in s0: pass\n", &never("g0"), "out x\n"),
            parted(">>> 3: del bag\n", &never("n7"), ""),
            difference_of(
                (
                    &format!(">>> 3: x\n=== end\n--- del s2\n{}", never("g2")),
                    None,
                ),
                (">>> 3: x\n=== end\n", None),
            ),
        ];
        for s in &signatures {
            assert_eq!(
                s,
                "finalization: warning RuntimeWarning: coroutine '…' was never awaited vs none"
            );
        }
        // the 3-argument throw()'s deprecation: worded alike by RustPython for throw() and
        // athrow(), which CPython words apart
        let deprecated = |method: &str, op: &str| {
            parted(
                &format!(">>> 3: {op}\n"),
                &format!("warning DeprecationWarning at line 3: the (type, exc, tb) signature of {method}() is deprecated, use the single-arg signature instead.\n"),
                "warning DeprecationWarning at line 3: the (type, val, tb) signature of throw() is deprecated, use throw(val) instead\n",
            )
        };
        assert_eq!(
            deprecated("throw", "s.throw(E, E(), None)"),
            deprecated("athrow", "s.athrow(E, E(), None).send(None)")
        );
        assert!(deprecated("throw", "x")
            .starts_with("warning DeprecationWarning worded \"the (type, val, tb)"));
        // a check CPython makes and RustPython lacks, whatever RustPython does instead
        let reuse = "raise RuntimeError: RuntimeError('cannot reuse already awaited coroutine')\n";
        let instead = [
            (
                ">>> 3: s1.send(5)\n",
                "raise StopIteration: StopIteration()\n  value: None\n",
            ),
            (
                ">>> 3: next(s1.__await__(), 'default')\n",
                "value 'default'\n",
            ),
            (">>> 3: list(s2.__await__())\n", "value []\n"),
            (">>> 3: s1.throw(E1('d2'))\n", "raise E1: E1('d2')\n"),
            (">>> 3: for v in s0.__await__():\n", ""),
        ];
        for (step, right) in instead {
            assert_eq!(
                parted(step, reuse, right),
                "raise RuntimeError \"cannot reuse already awaited coroutine\" vs not raised"
            );
        }
        let iterable = "raise TypeError: TypeError(\"'coroutine' object is not iterable\")\n";
        assert_eq!(
            parted(">>> 3: sorted(s0)\n", iterable, "out g0 start 0\n"),
            parted(
                ">>> 3: max(s0)\n",
                iterable,
                "raise ValueError: ValueError('max() iterable argument is empty')\n"
            ),
        );
        // next() of a coroutine (CPython: not an iterator) is the same finding: RustPython's
        // coroutine type has both iteration slots (programs 24 and 8)
        assert_eq!(
            parted(">>> 3: sorted(s0)\n", iterable, "out g0 start 0\n"),
            parted(
                ">>> 3: next(s0)\n",
                "raise TypeError: TypeError(\"'coroutine' object is not an iterator\")\n",
                "out g0 start 0\n"
            ),
        );
        // the mirror: the runtime raises with its own message where CPython does not raise
        assert_eq!(
            parted(">>> 3: inspect.getcoroutinestate(s1)\n", "value 'CORO_CLOSED'\n", "raise AttributeError: AttributeError(\"'coroutine' object has no attribute 'cr_suspended'\")\n"),
            "not raised vs raise AttributeError \"'coroutine' object has no attribute 'cr_suspended'\""
        );
        // PEP 765: one check in the compiler for `return` and `break` in `finally`
        assert_eq!(
            parted(
                ">>> 3: def g0(a):\n",
                "warning SyntaxWarning at line 16: 'return' in a 'finally' block\n",
                ""
            ),
            parted(
                ">>> 3: class E0(Exception): pass\n",
                "warning SyntaxWarning at line 62: 'break' in a 'finally' block\n",
                ""
            ),
        );
        // the code generator's lost symbol table, in a function or in a coroutine
        let lost = |kind: &str| {
            difference_of(
                (">>> 3: x\n", None),
                (
                    "",
                    Some(format!(
                        "syntax error: {}",
                        mask(compiler_message(&format!(
                            "no symbol table available in g0 (type: {kind})"
                        )))
                    )),
                ),
            )
        };
        assert_eq!(lost("Function"), lost("AsyncFunction"));
        assert_eq!(
            lost("Function"),
            "start: end of statement vs syntax error: no symbol table available in g#"
        );
    }

    #[test]
    fn different_checks_and_program_exceptions_stay_apart() {
        // three messages RustPython words its own way: three checks, three signatures
        let worded = |cpython: &str, rustpython: &str| {
            parted(
                ">>> 3: s\n",
                &format!("raise TypeError: TypeError({cpython:?})\n"),
                &format!("raise TypeError: TypeError({rustpython:?})\n"),
            )
        };
        let name = worded(
            "__name__ must be set to a string object",
            "Expected type 'str' but 'int' found.",
        );
        let throw = worded(
            "throw expected at least 1 argument, got 0",
            "expected at least 2 arguments, got 1",
        );
        let anext = worded(
            "'async_generator' object is not an iterator",
            "async_generator object is not an iterator",
        );
        assert_eq!(
            name,
            "not raised vs raise TypeError \"Expected type 'str' but 'int' found.\""
        );
        assert!(name != throw && throw != anext && name != anext);
        // athrow() with no argument: the same check in RustPython as throw()'s
        assert_eq!(
            throw,
            worded(
                "athrow expected at least 1 argument, got 0",
                "expected at least 2 arguments, got 1"
            )
        );
        // StopIteration's arguments: PyPy's athrow(StopIteration(v)) and its __anext__()
        // yielding None are two signatures; labels the program gave are masked alike
        let stop = |right: &str| {
            parted(
                ">>> 3: s1.athrow(StopIteration(0)).send(None)\n",
                "raise StopIteration: StopIteration()\n  value: None\n",
                &format!("raise StopIteration: {right}\n"),
            )
        };
        assert_eq!(
            stop("StopIteration(0)"),
            "send: raise StopIteration() vs raise StopIteration(#)"
        );
        assert_eq!(
            stop("StopIteration(None)"),
            "send: raise StopIteration() vs raise StopIteration(None)"
        );
        assert_eq!(
            parted(
                ">>> 3: next(s)\n",
                "raise E1: E1('d1')\n",
                "raise E1: E1('d2')\n"
            ),
            "next: raise E# vs raise E# (text differs)"
        );
        // an exception the program raised (a label, no message): the statement and both events
        // still name it, as PyPy's athrow() on an exhausted async generator
        assert_eq!(
            parted(
                ">>> 3: s1.athrow(E1('d1')).send(None)\n",
                "raise StopIteration: StopIteration()\n",
                "raise E1: E1('d1')\n"
            ),
            "send: raise StopIteration vs raise E#"
        );
        assert_eq!(
            parted(
                ">>> 3: next(s)\n",
                "raise ValueError: ValueError('g0.5')\n",
                "value 1\n"
            ),
            "next: raise ValueError vs value int"
        );
        // a missing never-awaited warning and a missing SyntaxWarning are two signatures
        assert_ne!(
            parted(
                ">>> 3: del s\n",
                "warning RuntimeWarning at line 3: coroutine 'g0' was never awaited\n",
                ""
            ),
            parted(
                ">>> 3: def g0(a):\n",
                "warning SyntaxWarning at line 16: 'return' in a 'finally' block\n",
                ""
            ),
        );
    }

    #[test]
    fn a_statement_is_named_by_the_check_it_ends_with() {
        // RustPython 0.5 (campaign of 2026-12-03, programs 1032, 4000, 7316, 14900, 14179,
        // 14476): a generator's `next()` on itself fails with "generator already executing",
        // and RustPython marks the running generator closed; whatever the program prints
        // before, CPython's statement ends with that ValueError and RustPython's does not
        let executing = "raise ValueError: ValueError('generator already executing')\n";
        let expected = "raise ValueError \"… already executing\" vs not raised";
        assert_eq!(parted(">>> 3: box.extend(s0)\n", executing, ""), expected);
        assert_eq!(
            parted(
                ">>> 3: list(s0)\n",
                &format!("out None\n{executing}"),
                "value [0]\n"
            ),
            expected
        );
        assert_eq!(
            parted(
                ">>> 3: for v in s0:\nout g0.1 got None\n",
                &format!("out g0.4 got None\n{executing}"),
                ""
            ),
            expected
        );
        assert_eq!(
            parted(
                ">>> 3: min(s0, key=f)\n",
                &format!("out finally\n{executing}"),
                "value 0\n"
            ),
            expected
        );
        // the coroutine's message is the same check; a PEP 479 RuntimeError instead of it is
        // another of CPython's checks, not a rewording
        assert_eq!(
            parted(
                ">>> 3: list(s1.__await__())\n",
                "raise ValueError: ValueError('coroutine already executing')\n",
                "value [0]\n"
            ),
            expected
        );
        assert_eq!(
            parted(
                ">>> 3: s0.send(None)\n",
                "out ValueError\nraise ValueError: ValueError('coroutine already executing')\n  context: ValueError\n",
                "out StopIteration\nraise RuntimeError: RuntimeError('coroutine raised StopIteration')\n  cause: StopIteration\n  suppress_context: True\n"
            ),
            expected
        );
        // a finished coroutine resumed: CPython's check, whatever RustPython raises instead
        // (programs 14 and 2011)
        let reuse = "raise RuntimeError \"cannot reuse already awaited coroutine\" vs not raised";
        assert_eq!(
            parted(
                ">>> 3: list(g2(0).__await__())\n",
                "raise RuntimeError: RuntimeError('cannot reuse already awaited coroutine')\n",
                "raise RuntimeError: RuntimeError('coroutine raised StopIteration')\n  cause: StopIteration\n  suppress_context: True\n"
            ),
            reuse
        );
        // the runtime's own check, worded its way and made earlier than CPython's (programs
        // 214, 1208, 3567: RustPython's athrow() argument check)
        let own = "not raised vs raise TypeError \"expected at least # arguments, got #\"";
        let arity = "raise TypeError: TypeError('expected at least 2 arguments, got 1')\n";
        assert_eq!(
            parted(
                ">>> 3: s0.throw()\n",
                "raise TypeError: TypeError('throw expected at least 1 argument, got 0')\n",
                arity
            ),
            own
        );
        assert_eq!(
            parted(
                ">>> 3: s2.athrow().send(None)\n",
                "out g1\nraise TypeError: TypeError('athrow expected at least 1 argument, got 0')\n",
                arity
            ),
            own
        );
        assert_eq!(
            parted(
                ">>> 3: s0.athrow().send(None)\n",
                "raise StopIteration: StopIteration()\n  value: None\n",
                arity
            ),
            own
        );
        // GeneratorExit re-raised by a generator that ignored close() (programs 7115, 12678,
        // 7973: RustPython marks it closed when close() fails)
        let exit = "raise GeneratorExit: GeneratorExit()\n";
        let lost = "raise GeneratorExit vs not raised";
        assert_eq!(
            parted(">>> 3: next(s0, 'default')\n", exit, "value 'default'\n"),
            lost
        );
        assert_eq!(parted(">>> 3: for v in s0:\n", exit, ""), lost);
        assert_eq!(
            parted(
                ">>> 3: s1.send(0)\n",
                &format!("out None\n{exit}"),
                "raise StopIteration: StopIteration()\n  value: None\n"
            ),
            lost
        );
    }

    #[test]
    fn a_statement_ending_alike_keeps_its_first_difference() {
        // both sides end with the same check: what differs before it names the finding
        let executing = "raise ValueError: ValueError('generator already executing')\n";
        assert_eq!(
            parted(
                ">>> 3: next(s0)\n",
                &format!("out 0\n{executing}"),
                &format!("out done\nout 0\n{executing}")
            ),
            "next: out vs out (text differs)"
        );
        // ... unless its details differ: the details name it (programs 5374, 20330, 14590:
        // RustPython's wrongly closed generator lets a second `next()` on itself in a `finally`
        // return the default, so the final error has no context)
        let with_context = format!("{executing}  context: ValueError\n");
        let ending_without = "raise ValueError \"… already executing\" details: context vs none";
        assert_eq!(
            parted(
                ">>> 3: next(s0)\n",
                &format!("out 0\n{with_context}"),
                &format!("out done\nout 0\n{executing}")
            ),
            ending_without
        );
        assert_eq!(
            parted(
                ">>> 3: list(zip(s1, range(0), strict=True))\n",
                &with_context,
                &format!("out done\n{executing}")
            ),
            ending_without
        );
        // an exception the program raised, lost: the statement and both events name it
        assert_eq!(
            parted(">>> 3: next(s)\n", "raise E1: E1('d1')\n", "value 1\n"),
            "next: raise E# vs value int"
        );
        // a GeneratorExit the runtime raises where CPython does not is not the lost re-raise
        assert_eq!(
            parted(
                ">>> 3: s1.athrow(GeneratorExit).send(None)\n",
                "raise StopIteration: StopIteration()\n",
                "raise GeneratorExit: GeneratorExit()\n"
            ),
            "send: raise StopIteration vs raise GeneratorExit"
        );
        // a difference in a finalizer's report is not named by the statement's exception
        let unraisable = |hook: &str| {
            format!("unraisable {hook}: <generator object g at 0x@1>\n  raise RuntimeError: RuntimeError('generator ignored GeneratorExit')\n")
        };
        assert_eq!(
            parted(
                ">>> 3: del s\n",
                &unraisable("Exception ignored in"),
                &unraisable("Exception ignored in: finalizer of ")
            ),
            "finalization: unraisable vs unraisable (message differs)"
        );
    }

    #[test]
    fn crashes_are_signal_or_panic_and_site() {
        let panic = "the interpreter died running the case: exit status: 101; its stderr ends:\n\
                     thread 'main' panicked at crates/vm/src/frame.rs:812:9:\n\
                     index out of bounds: the len is 3 but the index is 7\n\
                     note: run with `RUST_BACKTRACE=1`";
        assert_eq!(
            crash(panic),
            "exit status 101, panic \"index out of bounds: the len is # but the index is #\" at crates/vm/src/frame.rs:812:9"
        );
        let segv = "the interpreter died running the case: signal: 11 (SIGSEGV) (core dumped)";
        assert_eq!(crash(segv), "signal SIGSEGV");
        let old = "died: exit status: 101; its stderr ends:\nthread 'main' panicked at 'not yet implemented', vm/src/x.rs:1:2";
        assert_eq!(
            crash(old),
            "exit status 101, panic \"not yet implemented\" at vm/src/x.rs:1:2"
        );
    }

    #[test]
    fn masking_hides_numbers_and_addresses() {
        assert_eq!(mask("at 0x7f3a12 line 12"), "at # line #");
    }
}
