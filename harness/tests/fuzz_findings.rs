//! Findings as a runtime's developers want them: the reducer keeps a finding's root-cause
//! signature even when the program shows a second difference; a finding is confirmed on fresh
//! workers, and one that needs the worker's history is reported with the command replaying it;
//! a known-divergences file turns a signature into "known" and keeps it from being saved. The
//! backends under test are fakes over embedded CPython (no other runtime is needed).

use std::path::PathBuf;

use yieldspec::backend::{Backend, RunConfig};
use yieldspec::case::Case;
use yieldspec::fuzz::oracle::{open_backend, Oracle};
use yieldspec::fuzz::reduce::{reduce, ReduceConfig};
use yieldspec::fuzz::run::{fuzz_with, FuzzOptions, Limit};
use yieldspec::fuzz::signature::Signature;
use yieldspec_trace::{Event, Outcome};

/// `mutant:cpython` (StopIteration values dropped) that also upper-cases every printed line
/// containing "late": a backend with two unrelated bugs.
struct TwoBugs {
    inner: Box<dyn Backend>,
}

impl Backend for TwoBugs {
    fn name(&self) -> String {
        "two-bugs".into()
    }
    fn describe(&self) -> String {
        "two bugs".into()
    }
    fn python_version(&self) -> String {
        self.inner.python_version()
    }
    fn run(&mut self, case: &Case) -> Outcome {
        let mut outcome = self.inner.run(case);
        if let Outcome::Completed { trace } = &mut outcome {
            for s in &mut trace.statements {
                for e in &mut s.events {
                    if let Event::Out { text } = e {
                        if text.contains("late") {
                            *text = text.to_uppercase();
                        }
                    }
                }
            }
        }
        outcome
    }
}

fn two_bugs_oracle() -> Oracle {
    let run = RunConfig::default();
    Oracle::new(
        open_backend("cpython", &run).expect("cpython"),
        Box::new(TwoBugs {
            inner: open_backend("mutant:cpython", &run).expect("mutant"),
        }),
    )
}

const RETURN_VALUE: &str = "\
def g():
    yield 1
    return 5
s = g()
next(s)
next(s)
";

const LATE_PRINT: &str = "\
def h():
    print('late')
    yield 2
t = h()
next(t)
";

fn signature_of(oracle: &mut Oracle, source: &str) -> Signature {
    Signature::of(&oracle.check(&Case::from_source("two.py", source.to_string())))
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_program_with_two_differences_reduces_to_the_one_it_was_saved_for() {
    let mut oracle = two_bugs_oracle();
    let lost_value = signature_of(&mut oracle, RETURN_VALUE);
    let upper_case = signature_of(&mut oracle, LATE_PRINT);
    assert_ne!(
        lost_value, upper_case,
        "the two bugs must have two signatures"
    );
    // Either bug first: the reduced program keeps the first one's signature and drops the other
    // (a reducer that only kept "still divergent" could end on either).
    for (first, second, kept) in [
        (RETURN_VALUE, LATE_PRINT, &lost_value),
        (LATE_PRINT, RETURN_VALUE, &upper_case),
    ] {
        let program = format!("{first}{second}");
        assert_eq!(&signature_of(&mut oracle, &program), kept);
        let result = reduce(&mut oracle, &program, &ReduceConfig::default());
        let reduced = result.reduced.expect("a finding reduces");
        assert_eq!(&signature_of(&mut oracle, &reduced), kept, "{reduced}");
        assert!(
            reduced.lines().count() < program.lines().count(),
            "{reduced}"
        );
        let other_bug = if kept == &lost_value {
            "late"
        } else {
            "return 5"
        };
        assert!(
            !reduced.contains(other_bug),
            "kept the other bug:\n{reduced}"
        );
    }
}

/// Embedded CPython that, after `after` cases since its last restart, prints one extra line
/// at the end of every trace: a bug that needs the worker's history.
struct HistoryBug {
    inner: Box<dyn Backend>,
    after: u32,
    since_restart: u32,
}

impl Backend for HistoryBug {
    fn name(&self) -> String {
        "history-bug".into()
    }
    fn describe(&self) -> String {
        "history bug".into()
    }
    fn python_version(&self) -> String {
        self.inner.python_version()
    }
    fn restart(&mut self) {
        self.since_restart = 0;
    }
    fn run(&mut self, case: &Case) -> Outcome {
        self.since_restart += 1;
        let mut outcome = self.inner.run(case);
        if self.since_restart > self.after {
            if let Outcome::Completed { trace } = &mut outcome {
                if let Some(last) = trace.statements.last_mut() {
                    last.events.push(Event::Out {
                        text: "stale state\n".into(),
                    });
                }
            }
        }
        outcome
    }
}

fn options(out: PathBuf, iterations: u64, known: Option<PathBuf>) -> FuzzOptions {
    FuzzOptions {
        seed: 5,
        limit: Limit::Iterations(iterations),
        out,
        left: "cpython".into(),
        right: "history-bug".into(),
        run: RunConfig::default(),
        reduce: false,
        progress: false,
        stream: yieldspec::fuzz::jobs::Stream::ALL,
        worker: false,
        start: 0,
        worker_fresh: false,
        known,
        required: yieldspec::fuzz::Features::none(),
    }
}

fn history_oracle(after: u32) -> Oracle {
    let run = RunConfig::default();
    Oracle::new(
        open_backend("cpython", &run).expect("cpython"),
        Box::new(HistoryBug {
            inner: open_backend("cpython", &run).expect("cpython"),
            after,
            since_restart: 0,
        }),
    )
}

fn run_fuzz(oracle: Oracle, opts: &FuzzOptions) -> (i32, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = fuzz_with(oracle, opts, &mut out, &mut err);
    (code, String::from_utf8_lossy(&out).into_owned())
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_finding_that_needs_its_history_is_reported_with_the_replay() {
    let dir = tempfile::tempdir().unwrap();
    // Diverges from the third case a worker runs: program 2 is the first finding; on a fresh
    // worker it does not show, so it is reported with programs 0..=2 to replay.
    let (code, report) = run_fuzz(history_oracle(2), &options(dir.path().into(), 6, None));
    assert_eq!(code, 1, "{report}");
    assert!(report.contains("history"), "{report}");
    assert!(
        report.contains(
            "yieldspec fuzz --jobs 1 --seed 5 --start 0 --iterations 3 --left cpython --right history-bug"
        ),
        "{report}"
    );
    let diff = std::fs::read_to_string(dir.path().join("divergent-5-2.diff")).unwrap();
    assert!(diff.contains("not on fresh workers"), "{diff}");
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_finding_on_a_fresh_worker_is_confirmed_and_a_known_one_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    // Diverges on every case: confirmed on fresh workers.
    let (code, report) = run_fuzz(history_oracle(0), &options(dir.path().join("a"), 1, None));
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains("signatures: 1 (new: 1, known: 0)"),
        "{report}"
    );
    assert!(report.contains("  yes  "), "{report}");
    let signature = report
        .lines()
        .find_map(|l| l.split_once("yes").map(|(_, s)| s.trim().to_string()))
        .expect("a table row");
    // The same run with that signature in a known-divergences file: known, nothing saved.
    let known = dir.path().join("known.toml");
    std::fs::write(
        &known,
        format!(
            "[[divergence]]\nsignature = {signature:?}\nreason = \"a test\"\nupstream = \"https://example.org/1\"\n"
        ),
    )
    .unwrap();
    let out = dir.path().join("b");
    let (code, report) = run_fuzz(history_oracle(0), &options(out.clone(), 1, Some(known)));
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains("signatures: 1 (new: 0, known: 1)"),
        "{report}"
    );
    assert!(!out.exists(), "a known divergence was saved");
}

/// Embedded CPython whose `del` statements and teardown write nothing: a runtime that never
/// finalizes what a name held.
struct NoFinalizerOutput {
    inner: Box<dyn Backend>,
}

impl Backend for NoFinalizerOutput {
    fn name(&self) -> String {
        "no-finalizer-output".into()
    }
    fn describe(&self) -> String {
        "no finalizer output".into()
    }
    fn python_version(&self) -> String {
        self.inner.python_version()
    }
    fn run(&mut self, case: &Case) -> Outcome {
        let mut outcome = self.inner.run(case);
        if let Outcome::Completed { trace } = &mut outcome {
            for statement in &mut trace.statements {
                if statement.source.starts_with("del ") {
                    statement.events.retain(|e| !matches!(e, Event::Out { .. }));
                }
            }
            for step in &mut trace.teardown {
                step.events.retain(|e| !matches!(e, Event::Out { .. }));
            }
            trace.teardown.retain(|step| !step.events.is_empty());
        }
        outcome
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn output_missing_at_the_end_is_listed_by_the_reduced_programs_kinds() {
    let oracle = || {
        let run = RunConfig::default();
        Oracle::new(
            open_backend("cpython", &run).expect("cpython"),
            Box::new(NoFinalizerOutput {
                inner: open_backend("cpython", &run).expect("cpython"),
            }),
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(dir.path().join("a"), 300, None);
    opts.reduce = true;
    let (code, report) = run_fuzz(oracle(), &opts);
    assert_eq!(code, 1, "{report}");
    // every row of output missing at the end is named by kinds, listed with the first
    // difference it was found by (`del: …` or `teardown del: … end of trace`)
    let rows: Vec<String> = report
        .lines()
        .filter(|l| !l.contains("first difference"))
        .filter_map(|l| {
            l.split_once(" divergent: ")
                .map(|(_, s)| format!("divergent: {s}"))
        })
        .collect();
    assert!(!rows.is_empty(), "{report}");
    let by_kinds = |row: &&String| row.starts_with("divergent: with ");
    assert!(rows.iter().any(|r| by_kinds(&r)), "{report}");
    for row in &rows {
        assert!(
            by_kinds(&row) == row.ends_with("out vs none") && !row.ends_with("end of trace"),
            "{report}"
        );
    }
    assert!(
        report.contains(": divergent: teardown del: out vs end of trace")
            && report.contains(": divergent: del: out vs end of statement"),
        "{report}"
    );
    // the same run with those signatures known: found known after reduction, nothing saved
    let known = dir.path().join("known.toml");
    let entries: String = rows
        .iter()
        .map(|s| format!("[[divergence]]\nsignature = {s:?}\nreason = \"a test\"\n"))
        .collect();
    std::fs::write(&known, entries).unwrap();
    let out = dir.path().join("b");
    let mut opts = options(out.clone(), 300, Some(known));
    opts.reduce = true;
    let (code, report) = run_fuzz(oracle(), &opts);
    assert_eq!(code, 0, "{report}");
    assert!(
        report.contains(&format!("(new: 0, known: {})", rows.len())),
        "{report}"
    );
    assert!(!out.exists(), "a known divergence was saved");
}
