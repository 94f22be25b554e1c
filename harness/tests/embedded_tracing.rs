//! Embedded CPython runs case after case with the tracer's own trace and profile hooks on
//! (`explain`'s sys.settrace recorder, `--finalization at-gc`'s sys.setprofile hook), also
//! after a case the watchdog interrupted, and gives the traces the same CPython gives as a
//! process. (It used to spin from the second such case on: clearing a late Timeout with
//! PyThreadState_SetAsyncExc(NULL) left the interpreter's eval breaker set for good, and 3.11's
//! tracing dispatch then re-checks it at a frame's RESUME forever.)

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use yieldspec::backend::{open, run_normalized, BackendSpec, RunConfig};
use yieldspec::case::{load, Case, CaseFile};
use yieldspec::diff::outcome_body;
use yieldspec::finalization::Finalization;
use yieldspec_trace::{Detail, Outcome};

fn case(id: &str) -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../cases")
        .join(id);
    load(&CaseFile {
        path,
        id: PathBuf::from(id),
    })
    .expect("case loads")
}

/// A case that never ends (the watchdog interrupts it).
fn endless() -> Case {
    let dir =
        std::env::temp_dir().join(format!("yieldspec-embedded-tracing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("endless.py");
    std::fs::write(
        &path,
        "# case: never ends\n# tags: generator\ndef g():\n    while True:\n        yield\nfor _ in g():\n    pass\n",
    )
    .unwrap();
    load(&CaseFile {
        path,
        id: PathBuf::from("endless.py"),
    })
    .unwrap()
}

const CASES: [&str; 4] = [
    "finalization/del_suspended_runs_finally.py",
    "finalization/delegation_chain_finalization_order.py",
    "seed/delegation_yield_from.py",
    "close/return_in_finally_on_close.py",
];

/// Every case, twice, then the endless one, then every case again: each completes well within
/// its budget with the trace `python3` as a process gives (pyo3 embeds the `python3` on PATH).
fn same_as_a_process(run: RunConfig) {
    let mut embedded = open(&BackendSpec::Cpython, &run).unwrap();
    let mut process = open(&BackendSpec::Process("python3".into()), &run).unwrap();
    let expected: Vec<String> = CASES
        .iter()
        .map(|id| {
            let outcome = run_normalized(process.as_mut(), &case(id));
            assert!(outcome.trace().is_some(), "{id}: {:?}", outcome.reason());
            outcome_body(&outcome)
        })
        .collect();
    let short = RunConfig {
        timeout: Duration::from_millis(300),
        ..run.clone()
    };
    let mut interrupted = open(&BackendSpec::Cpython, &short).unwrap();
    for round in 0..3 {
        if round == 2 {
            let outcome = run_normalized(interrupted.as_mut(), &endless());
            assert!(
                matches!(outcome, Outcome::Timeout { .. }),
                "the endless case: {outcome:?}"
            );
        }
        for (id, expected) in CASES.iter().zip(&expected) {
            let start = Instant::now();
            let outcome = run_normalized(embedded.as_mut(), &case(id));
            let took = start.elapsed();
            assert_eq!(&outcome_body(&outcome), expected, "{id}, round {round}");
            assert!(
                took < Duration::from_secs(5),
                "{id}, round {round}: {took:?}"
            );
        }
    }
}

#[test]
fn cases_traced_with_settrace_run_one_after_another() {
    same_as_a_process(RunConfig {
        detail: Detail::Transfers,
        ..RunConfig::default()
    });
}

#[test]
fn cases_finalized_at_gc_run_one_after_another() {
    same_as_a_process(RunConfig {
        finalization: Finalization::AtGc,
        ..RunConfig::default()
    });
}

/// A coroutine that is never awaited warns where the case lets go of it: at the statement's
/// line, and at line 0 in the teardown. In at-gc mode the tracer releases it in its own
/// collection, yet the warning names the same lines as in exact mode, never a line of the
/// tracer (which differs between interpreters and between the tracer's versions).
#[test]
fn never_awaited_warnings_name_the_same_lines_in_both_finalization_modes() {
    let dir = std::env::temp_dir().join(format!("yieldspec-at-gc-lines-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("never_awaited.py");
    std::fs::write(
        &path,
        "# case: never awaited\n# tags: coroutine\nasync def co():\n    pass\nc = co()\ndel c\nd = co()\n",
    )
    .unwrap();
    let case = load(&CaseFile {
        path,
        id: PathBuf::from("never_awaited.py"),
    })
    .unwrap();
    for spec in [BackendSpec::Cpython, BackendSpec::Process("python3".into())] {
        let body = |finalization| {
            let run = RunConfig {
                finalization,
                ..RunConfig::default()
            };
            let mut backend = open(&spec, &run).unwrap();
            outcome_body(&run_normalized(backend.as_mut(), &case))
        };
        let (exact, at_gc) = (body(Finalization::Exact), body(Finalization::AtGc));
        assert!(
            exact.contains("at line 6: coroutine 'co' was never awaited")
                && exact.contains("at line 0: coroutine 'co' was never awaited"),
            "{spec:?}: {exact}"
        );
        assert_eq!(at_gc, exact, "{spec:?}");
    }
}
