//! Root-cause signatures of findings: what differs, not where. A divergence is named by the
//! operation of the statement where the traces part (`next`, `send`, `throw`, `close`, `del`,
//! the teardown, …) and the kind of the first differing event on each side (output, value,
//! exception type, unraisable, warning category and message, end of statement); a crash by the
//! side that crashed, its signal or exit status, and its panic or fatal-error message with the
//! site the runtime names. No program line number, label or address takes part, so the same
//! bug found in two programs, or before and after reduction, has one signature. Once a finding
//! is reduced, output one side writes at the end of a statement and the other never writes is
//! listed by the kinds of generator objects the reduced program makes rather than by the
//! statement's operation ([`Signature::after_reduction`]).

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

    /// The signature a finding is listed under once it is reduced, `reduced` being the reduced
    /// program's source: the signature itself, except for output one side writes at the end of
    /// a statement where the other's statement (or whole trace) ends: `OPERATION: out vs end of
    /// statement` (or `end of trace`, or the mirror) becomes `with KINDS: out vs none`, KINDS
    /// being the kinds of generator objects the reduced program makes
    /// ([`super::signature_kinds`]).
    ///
    /// Output that one side writes at the end of a statement and the other never writes is a
    /// cleanup the other side skipped (a `finally`, an `__exit__`, a delegate's `close()`, the
    /// rest of a loop): which statement set it off (a `del`, a rebinding, `close()`, a `send()`
    /// that ended an expression, the teardown) is the program's choice, so the operation splits
    /// one runtime bug into as many signatures as there are ways to drop or resume an object.
    /// Which kind of object skipped its cleanup is the runtime's: an async generator never
    /// finalized and a generator whose delegate is not closed stay apart. The kinds are those
    /// of the reduced program, not the original's (which makes every kind the generator has):
    /// the reducer keeps the first signature, whose operation ties the reduced program to the
    /// same difference, and the kinds that are left are the ones the difference needs.
    pub fn after_reduction(&self, reduced: &str) -> Signature {
        let Some(rest) = self.0.strip_prefix("divergent: ") else {
            return self.clone();
        };
        for (tail, named) in ENDS_WHERE_THE_OTHER_WRITES {
            let Some(context) = rest.strip_suffix(tail).and_then(|c| c.strip_suffix(": ")) else {
                continue;
            };
            // an operation, not an origin (a finalizer, the compiler, an exception's details)
            if context.contains('"') || ["finalization", "compile"].contains(&context) {
                return self.clone();
            }
            let kinds = super::signature_kinds::kinds_of(reduced).unwrap_or_default();
            if kinds.is_empty() {
                return self.clone();
            }
            let kinds: Vec<&str> = kinds.into_iter().map(|k| k.name()).collect();
            return Signature(format!("divergent: with {}: {named}", kinds.join(", ")));
        }
        self.clone()
    }
}

/// First differences where one side writes output at the end of a statement (or of the whole
/// trace, in the teardown) and the other writes nothing more, and how they are named after
/// reduction: `out vs none`. Output missing in the middle of a statement (followed by an event
/// both sides share) is not among them: a campaign against RustPython 0.5 joined two other bugs
/// with the generator cleanups that way (`max()` calling `key` after fetching the next item,
/// program 4059; `throw()` refused before the delegate's `__exit__` runs, program 4470).
const ENDS_WHERE_THE_OTHER_WRITES: [(&str, &str); 8] = [
    ("out vs end of statement", "out vs none"),
    ("out vs end of trace", "out vs none"),
    ("err vs end of statement", "err vs none"),
    ("err vs end of trace", "err vs none"),
    ("end of statement vs out", "none vs out"),
    ("end of trace vs out", "none vs out"),
    ("end of statement vs err", "none vs err"),
    ("end of trace vs err", "none vs err"),
];

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
            return format!("{context}: {}", details_pair(&a, &b));
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
        "raise {} {:?} details: {}",
        mask(a.type_name),
        a.message.as_deref()?,
        details_pair(&side(&dl, &dr), &side(&dr, &dl))
    ))
}

/// Two sides of a difference in an exception's details. A `__context__` the reference chains
/// that the runtime does not — it chains none, or another exception — is `context differs`:
/// which exception the runtime chains instead is whatever it was handling when it raised (none
/// in one program, an exception a `finally` was running for in another), so one wrongly
/// tracked exception state is one signature. The mirror (the runtime chains a context where the
/// reference chains none) stays `none vs context`: chaining what should not be chained is
/// another bug.
fn details_pair(left: &str, right: &str) -> String {
    if left == "context" && (right == "none" || right == "context") {
        "context differs".into()
    } else {
        format!("{left} vs {right}")
    }
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
pub(super) fn operation(step: &str) -> String {
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
#[path = "signature_tests.rs"]
mod tests;
