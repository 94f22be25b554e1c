//! The differential oracle: run one program on two backends through the same code path as
//! `yieldspec diff` (`run_normalized`, `compare`, `outcome_body`, `unified`) and classify the
//! result. Also the `mutant:B` backend, a deliberately wrong backend that tests the fuzzer.

use crate::error::Error;
use std::time::{Duration, Instant};

use yieldspec_trace::{Event, Outcome, OutcomeKind, Trace};

use super::cost::thread_cpu;
use crate::backend::{open, run_normalized, Backend, BackendSpec, RunConfig};
use crate::case::Case;
use crate::diff::{compare, outcome_body, unified, Verdict};

/// What one program gave on the two backends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// Equal traces.
    Same,
    /// The traces differ: a finding.
    Divergent,
    /// A backend does not model a construct of the program.
    Unsupported,
    /// A backend ran out of time or fuel.
    Timeout,
    /// RecursionError or MemoryError on either side: the comparison means nothing.
    Poisoned,
    /// A backend crashed (e.g. the engine panicked): a finding.
    Crashed,
    /// A backend could not run at all.
    Error,
    /// Neither backend accepted the source (a generator bug).
    Rejected,
    /// The traces differ only in how `0x@N` address placeholders are numbered: CPython reused
    /// the memory of a freed object, which no other backend can be expected to imitate.
    AddressOnly,
}

impl Class {
    pub const ALL: [Class; 9] = [
        Class::Same,
        Class::Divergent,
        Class::Unsupported,
        Class::Timeout,
        Class::Poisoned,
        Class::Crashed,
        Class::Error,
        Class::Rejected,
        Class::AddressOnly,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Class::Same => "same",
            Class::Divergent => "divergent",
            Class::Unsupported => "unsupported",
            Class::Timeout => "timeout",
            Class::Poisoned => "poisoned",
            Class::Crashed => "crashed",
            Class::Error => "error",
            Class::Rejected => "rejected",
            Class::AddressOnly => "address-only",
        }
    }

    /// Whether this is something to save and triage.
    pub fn is_finding(self) -> bool {
        matches!(self, Class::Divergent | Class::Crashed)
    }
}

/// The result of checking one program.
#[derive(Clone, Debug)]
pub struct Check {
    pub class: Class,
    pub left: Outcome,
    pub right: Outcome,
    pub left_time: Duration,
    pub right_time: Duration,
    pub compare_time: Duration,
    /// The fuzz thread's CPU time in each phase (see [`super::cost`]).
    pub left_cpu: Duration,
    pub right_cpu: Duration,
    pub compare_cpu: Duration,
}

impl Check {
    /// The first differing pair of compared lines, statement line numbers removed, so that it
    /// survives reduction: what `yieldspec reduce` keeps fixed.
    pub fn signature(&self) -> Option<(String, String)> {
        signature(&self.left, &self.right)
    }
}

/// Two backends and the comparison between them.
pub struct Oracle {
    left: Box<dyn Backend>,
    right: Box<dyn Backend>,
}

impl Oracle {
    pub fn new(left: Box<dyn Backend>, right: Box<dyn Backend>) -> Oracle {
        Oracle { left, right }
    }

    /// Open two backends by name (see [`open_backend`]).
    pub fn open(left: &str, right: &str, run: &RunConfig) -> Result<Oracle, Error> {
        Ok(Oracle::new(
            open_backend(left, run)?,
            open_backend(right, run)?,
        ))
    }

    /// The older of the two sides' language versions (None when one does not say): what a
    /// program may use so that neither side rejects it for its version alone.
    pub fn python(&self) -> Option<super::Python> {
        let left = self.left.python_version().parse().ok()?;
        let right = self.right.python_version().parse().ok()?;
        Some(std::cmp::min(left, right))
    }

    /// `name (describe)` of each side.
    pub fn names(&self) -> (String, String) {
        (
            format!("{} ({})", self.left.name(), self.left.describe()),
            format!("{} ({})", self.right.name(), self.right.describe()),
        )
    }

    /// Run `case` on both sides and classify.
    pub fn check(&mut self, case: &Case) -> Check {
        let (t0, c0) = (Instant::now(), thread_cpu());
        let left = run_normalized(self.left.as_mut(), case);
        let (t1, c1) = (Instant::now(), thread_cpu());
        let right = run_normalized(self.right.as_mut(), case);
        let (t2, c2) = (Instant::now(), thread_cpu());
        let class = classify(&left, &right);
        let (t3, c3) = (Instant::now(), thread_cpu());
        Check {
            class,
            left,
            right,
            left_time: t1 - t0,
            right_time: t2 - t1,
            compare_time: t3 - t2,
            left_cpu: c1.saturating_sub(c0),
            right_cpu: c2.saturating_sub(c1),
            compare_cpu: c3.saturating_sub(c2),
        }
    }

    /// What really runs on the right (the backend under test).
    pub fn right_describe(&self) -> String {
        self.right.describe()
    }

    /// Restart both backends (fresh workers: no history).
    pub fn restart(&mut self) {
        self.left.restart();
        self.right.restart();
    }

    /// The unified diff of a check, as `yieldspec diff` shows it.
    pub fn diff_text(&self, check: &Check, color: bool) -> String {
        let (l, r) = self.names();
        let mut text = unified(
            &l,
            &r,
            &outcome_body(&check.left),
            &outcome_body(&check.right),
            color,
        );
        for (side, outcome) in [(&l, &check.left), (&r, &check.right)] {
            if let Outcome::Crashed { message, .. } = outcome {
                text.push_str(&format!("# {side} crashed: {message}\n"));
            }
        }
        text
    }
}

/// Classify two outcomes of one program.
pub fn classify(left: &Outcome, right: &Outcome) -> Class {
    if poisoned(left) || poisoned(right) {
        return Class::Poisoned;
    }
    if left.kind() == OutcomeKind::Crashed || right.kind() == OutcomeKind::Crashed {
        return Class::Crashed;
    }
    match compare(left, right) {
        Verdict::Same => Class::Same,
        Verdict::Differ if same_but_addresses(left, right) => Class::AddressOnly,
        Verdict::Differ => Class::Divergent,
        Verdict::NotRun(OutcomeKind::Unsupported) => Class::Unsupported,
        Verdict::NotRun(OutcomeKind::Timeout) => Class::Timeout,
        Verdict::NotRun(_) => Class::Error,
        Verdict::BadInput(_) => Class::Rejected,
    }
}

/// Whether the compared texts are equal once `0x@N` placeholders lose their numbers.
/// Whether two outcomes differ at most in how their `0x@N` placeholders are numbered.
pub fn same_but_addresses(left: &Outcome, right: &Outcome) -> bool {
    fn strip(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(i) = rest.find("0x@") {
            out.push_str(&rest[..i + 3]);
            rest = rest[i + 3..].trim_start_matches(|c: char| c.is_ascii_digit());
        }
        out.push_str(rest);
        out
    }
    let (l, r) = (outcome_body(left), outcome_body(right));
    l.contains("0x@") && strip(&l) == strip(&r)
}

/// Whether a RecursionError or MemoryError shows anywhere in the outcome, or it is a
/// `memory` or `poisoned` outcome.
fn poisoned(outcome: &Outcome) -> bool {
    let trace = match outcome {
        Outcome::Memory { .. } | Outcome::Poisoned { .. } => return true,
        Outcome::Completed { trace } => trace,
        Outcome::Timeout { partial, .. } => partial,
        _ => return false,
    };
    events(trace).any(|e| {
        let exc = match e {
            Event::Raise { exception } | Event::Unraisable { exception, .. } => exception,
            _ => return false,
        };
        matches!(exc.type_name.as_str(), "RecursionError" | "MemoryError")
    })
}

fn events(trace: &Trace) -> impl Iterator<Item = &Event> {
    trace
        .statements
        .iter()
        .flat_map(|s| s.events.iter())
        .chain(trace.teardown.iter().flat_map(|s| s.events.iter()))
}

/// The first differing pair of compared lines, with `>>> N:` line numbers removed.
pub fn signature(left: &Outcome, right: &Outcome) -> Option<(String, String)> {
    let (l, r) = (outcome_body(left), outcome_body(right));
    let mut li = l.lines().map(strip_line_number);
    let mut ri = r.lines().map(strip_line_number);
    loop {
        match (li.next(), ri.next()) {
            (None, None) => return None,
            (a, b) if a == b => continue,
            (a, b) => return Some((a.unwrap_or_default(), b.unwrap_or_default())),
        }
    }
}

fn strip_line_number(line: &str) -> String {
    match line.strip_prefix(">>> ") {
        Some(rest) => match rest.split_once(": ") {
            Some((n, src)) if n.bytes().all(|b| b.is_ascii_digit()) => format!(">>> {src}"),
            _ => line.to_string(),
        },
        None => line.to_string(),
    }
}

/// Open a backend by name: every name `yieldspec diff` takes, plus `mutant:NAME`.
pub fn open_backend(name: &str, run: &RunConfig) -> Result<Box<dyn Backend>, Error> {
    if let Some(base) = name.strip_prefix("mutant:") {
        return Ok(Box::new(Mutant {
            inner: open_backend(base, run)?,
        }));
    }
    let spec: BackendSpec = name.parse()?;
    open(&spec, run)
}

/// A deliberately wrong backend: `inner`, except that it forgets generator return values
/// (every StopIteration that escapes to the top level carries `None`). It exists to test the
/// fuzzer and the reducer against a backend known to differ.
pub struct Mutant {
    inner: Box<dyn Backend>,
}

impl Backend for Mutant {
    fn name(&self) -> String {
        format!("mutant:{}", self.inner.name())
    }

    fn describe(&self) -> String {
        format!(
            "{}, mutated: StopIteration values dropped",
            self.inner.describe()
        )
    }

    fn python_version(&self) -> String {
        self.inner.python_version()
    }

    fn restart(&mut self) {
        self.inner.restart();
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let mut outcome = self.inner.run(case);
        if let Outcome::Completed { trace } = &mut outcome {
            for s in &mut trace.statements {
                for e in &mut s.events {
                    if let Event::Raise { exception } = e {
                        if exception.type_name == "StopIteration" {
                            exception.value = Some("None".into());
                            exception.repr = "StopIteration()".into();
                        }
                    }
                }
            }
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_ignore_statement_line_numbers() {
        assert_eq!(strip_line_number(">>> 12: next(s0)"), ">>> next(s0)");
        assert_eq!(strip_line_number("value 3"), "value 3");
    }
}
