//! Comparing two outcomes of one case, and showing how they differ: a unified diff of the text
//! traces whose hunks name the statement they fall in.

use std::fmt::Write;

use similar::{ChangeTag, TextDiff};
use yieldspec_trace::text::{render_body, END_MARKER};
use yieldspec_trace::{Outcome, OutcomeKind};

/// How two outcomes of one case compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Both completed with equal traces (or both failed the same way).
    Same,
    /// The traces (or the outcomes) differ.
    Differ,
    /// One side could not run the case; `kind` says why (unsupported, timeout, crashed,
    /// error), and counts the case under that kind instead of as a failure.
    NotRun(OutcomeKind),
    /// Neither side accepted the file: the input is bad (`path:line:col` follows).
    BadInput(String),
}

/// The compared text of an outcome: the trace body, or one `!!!` line saying why there is
/// none (stable across runs: no budgets, no messages that vary by backend).
pub fn outcome_body(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Completed { trace } => render_body(trace),
        Outcome::SyntaxError { location, .. } => format!(
            "!!! syntax error at {}:{}\n",
            location.line, location.column
        ),
        Outcome::Unsupported { what, location, .. } => format!(
            "!!! unsupported: {what} at {}:{}\n",
            location.line, location.column
        ),
        other => format!("!!! {}\n", other.kind().as_str()),
    }
}

/// Compare two outcomes.
pub fn compare(left: &Outcome, right: &Outcome) -> Verdict {
    use OutcomeKind::*;
    match (left.kind(), right.kind()) {
        (Completed, Completed) => {
            // Equal statements and teardown render to equal bodies; compare the texts only when
            // they differ (the rendering may still agree).
            let same_events = matches!(
                (left, right),
                (Outcome::Completed { trace: l }, Outcome::Completed { trace: r })
                    if l.statements == r.statements && l.teardown == r.teardown
            );
            if same_events || outcome_body(left) == outcome_body(right) {
                Verdict::Same
            } else {
                Verdict::Differ
            }
        }
        (SyntaxError, SyntaxError) => {
            let loc = match left {
                Outcome::SyntaxError {
                    message, location, ..
                } => format!("{}:{}: {message}", location.line, location.column),
                _ => String::new(),
            };
            Verdict::BadInput(loc)
        }
        (a, b) if a == b && a == Timeout => Verdict::NotRun(Timeout),
        (Unsupported, _) | (_, Unsupported) => Verdict::NotRun(Unsupported),
        (Crashed | Error, _) | (_, Crashed | Error) => Verdict::NotRun(Error),
        (Poisoned, _) | (_, Poisoned) => Verdict::NotRun(Poisoned),
        (Timeout, _) | (_, Timeout) => Verdict::NotRun(Timeout),
        (Memory, _) | (_, Memory) => Verdict::NotRun(Memory),
        // one side rejected the file, the other ran it: a real difference
        _ => Verdict::Differ,
    }
}

/// A unified diff of two compared texts, hunks headed by the statement they fall in.
pub fn unified(left_name: &str, right_name: &str, left: &str, right: &str, color: bool) -> String {
    let paint = Paint(color);
    let diff = TextDiff::from_lines(left, right);
    let old_lines: Vec<&str> = left.lines().collect();
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint.bold(&format!("--- {left_name}")));
    let _ = writeln!(out, "{}", paint.bold(&format!("+++ {right_name}")));
    for group in diff.grouped_ops(3) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let old = first.old_range().start..last.old_range().end;
        let new = first.new_range().start..last.new_range().end;
        // the statement the first change falls in (an insertion falls after the line before it)
        let first_change = group
            .iter()
            .find(|op| op.tag() != similar::DiffTag::Equal)
            .map_or(old.start, |op| match op.tag() {
                similar::DiffTag::Insert => op.old_range().start.saturating_sub(1),
                _ => op.old_range().start,
            });
        let context = statement_at(&old_lines, first_change);
        let header = format!(
            "@@ -{},{} +{},{} @@",
            old.start + 1,
            old.len(),
            new.start + 1,
            new.len()
        );
        let _ = writeln!(out, "{} {}", paint.cyan(&header), context);
        for op in &group {
            for change in diff.iter_changes(op) {
                let line = change.value().trim_end_matches('\n');
                let text = match change.tag() {
                    ChangeTag::Equal => format!(" {line}"),
                    ChangeTag::Delete => paint.red(&format!("-{line}")),
                    ChangeTag::Insert => paint.green(&format!("+{line}")),
                };
                let _ = writeln!(out, "{text}");
            }
        }
    }
    out
}

/// The statement (or teardown step) header that line `index` of a trace body falls under.
fn statement_at(lines: &[&str], index: usize) -> String {
    lines[..(index + 1).min(lines.len())]
        .iter()
        .rev()
        .find(|l| l.starts_with(">>> ") || l.starts_with("--- ") || **l == END_MARKER)
        .map(|l| l.to_string())
        .unwrap_or_default()
}

/// ANSI colours, or none.
#[derive(Clone, Copy)]
pub struct Paint(pub bool);

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn red(self, s: &str) -> String {
        self.wrap("31", s)
    }
    pub fn green(self, s: &str) -> String {
        self.wrap("32", s)
    }
    pub fn cyan(self, s: &str) -> String {
        self.wrap("36", s)
    }
    pub fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_name_their_statement() {
        let left = ">>> 1: g = f()\n>>> 2: next(g)\nvalue 1\n=== end\n";
        let right = ">>> 1: g = f()\n>>> 2: next(g)\nvalue 2\n=== end\n";
        let text = unified("cpython", "engine", left, right, false);
        assert!(text.contains("@@ -1,4 +1,4 @@ >>> 2: next(g)"), "{text}");
        assert!(text.contains("-value 1\n+value 2\n"), "{text}");
    }

    #[test]
    fn outcome_kinds_are_classified() {
        let completed = Outcome::Completed {
            trace: Default::default(),
        };
        let unsupported = Outcome::Unsupported {
            backend: "e".into(),
            what: "x".into(),
            location: Default::default(),
        };
        assert_eq!(compare(&completed, &completed), Verdict::Same);
        assert_eq!(
            compare(&completed, &unsupported),
            Verdict::NotRun(OutcomeKind::Unsupported)
        );
    }
}
