//! Embedded CPython running cases in place (`yieldspec::cpython::in_place`), as the fuzz loop
//! does: cases really run on the calling thread (and only on a thread with a large stack), a
//! timeout still ends an endless case and the next one runs, a crash still names the case, and
//! outcomes are those of the interpreter thread on the conformance cases and on generated
//! programs.
#![cfg(feature = "embedded-cpython")]

use std::path::Path;
use std::time::{Duration, Instant};

use yieldspec::backend::{run_normalized, Backend, RunConfig};
use yieldspec::case::{discover, load, Case};
use yieldspec::cpython::{in_place, EmbeddedCpython};
use yieldspec::diff::{outcome_body, unified};
use yieldspec::fuzz::oracle::{same_but_addresses, Oracle};
use yieldspec::fuzz::{generate_from, program_bytes, to_case, Class};
use yieldspec_engine::on_large_stack;
use yieldspec_trace::{Outcome, OutcomeKind};

/// A case that prints the Python ident of the thread it runs on.
fn ident_case() -> Case {
    Case::from_source(
        "ident.py",
        "import threading\nprint(threading.get_ident())\n".into(),
    )
}

/// The ident the case printed.
fn printed_ident(outcome: &Outcome) -> u64 {
    let body = outcome_body(outcome);
    body.lines()
        .find_map(|l| l.strip_prefix("out "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no ident printed:\n{body}"))
}

fn this_thread_ident() -> u64 {
    // SAFETY: no precondition; what `threading.get_ident()` gives on this thread.
    (unsafe { pyo3::ffi::PyThread_get_thread_ident() }) as u64
}

fn cpython(config: &RunConfig) -> EmbeddedCpython {
    EmbeddedCpython::open(config).expect("embedded CPython")
}

#[test]
fn in_place_cases_run_on_the_calling_thread_only_when_its_stack_is_large() {
    let config = RunConfig::default();
    let (here, ran_on) = on_large_stack(|| {
        in_place(|| {
            let mut backend = cpython(&config);
            let first = printed_ident(&backend.run(&ident_case()));
            let second = printed_ident(&backend.run(&ident_case()));
            assert_eq!(first, second, "a thread state per case?");
            (this_thread_ident(), first)
        })
    })
    .unwrap();
    assert_eq!(ran_on, here, "the case did not run in place");

    // Outside in_place, or on a thread with a small stack, cases go to the interpreter thread.
    let handed_off = printed_ident(&cpython(&config).run(&ident_case()));
    assert_ne!(handed_off, this_thread_ident());
    let small = std::thread::Builder::new()
        .stack_size(4 << 20)
        .spawn(move || {
            in_place(|| {
                let ran_on = printed_ident(&cpython(&config).run(&ident_case()));
                (this_thread_ident(), ran_on)
            })
        })
        .unwrap()
        .join()
        .unwrap();
    assert_ne!(small.0, small.1, "ran in place on a 4 MiB stack");
    assert_eq!(small.1, handed_off);
}

#[test]
fn an_endless_program_times_out_in_place_and_the_next_program_still_runs() {
    let config = RunConfig {
        timeout: Duration::from_millis(300),
        fuel: 1_000_000,
        ..RunConfig::default()
    };
    let endless = [
        "x = 1\nwhile True: pass\n",
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
        "def g():\n    while True:\n        yield 1\nfor _ in g(): pass\n",
    ];
    let start = Instant::now();
    within(Duration::from_secs(30), move || {
        in_place(|| {
            let mut oracle = Oracle::open("cpython", "engine", &config).expect("oracle");
            for (i, source) in endless.iter().enumerate() {
                let check = oracle.check(&Case::from_source("endless.py", source.to_string()));
                assert_eq!(check.left.kind(), OutcomeKind::Timeout, "{source}");
                assert_eq!(check.class, Class::Timeout, "{source}");
                let generated = generate_from(&program_bytes(1, i as u64));
                let case = to_case(&generated, "fuzz.py", format!("program {i}"));
                let check = oracle.check(&case);
                assert_eq!(check.class, Class::Same, "after {source}:\n{}", case.source);
            }
            // Still in place, with no Timeout left pending for this thread.
            let mut backend = cpython(&config);
            assert_eq!(
                printed_ident(&backend.run(&ident_case())),
                this_thread_ident()
            );
        })
    });
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{:?}",
        start.elapsed()
    );
}

/// Run `f` on a thread with a large stack; fail if it does not end within `limit` (a case run
/// in place that is never interrupted would hang the test instead).
fn within(limit: Duration, f: impl FnOnce() + Send + 'static) {
    let (done_tx, done) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        on_large_stack(f).unwrap();
        let _ = done_tx.send(());
    });
    match done.recv_timeout(limit) {
        Ok(()) => {}
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("still running after {limit:?}"),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => panic!("the test thread panicked"),
    }
}

/// Run `cases` handed off (on this test's thread), then in place; the outcomes must be equal.
fn same_outcomes_both_ways(cases: &[Case]) {
    let config = RunConfig::default();
    let mut backend = cpython(&config);
    let handed_off: Vec<Outcome> = cases
        .iter()
        .map(|c| run_normalized(&mut backend, c))
        .collect();
    let here: Vec<Outcome> = on_large_stack(|| {
        in_place(|| {
            let mut backend = cpython(&config);
            assert_eq!(
                printed_ident(&backend.run(&ident_case())),
                this_thread_ident()
            );
            cases
                .iter()
                .map(|c| run_normalized(&mut backend, c))
                .collect()
        })
    })
    .unwrap();
    let mut differ = Vec::new();
    for ((case, a), b) in cases.iter().zip(&handed_off).zip(&here) {
        // Which freed object's memory CPython hands to a new one depends on the allocator's
        // history, which differs between the two ways of running (see README, "Address
        // reuse"); only the numbering of `0x@N` placeholders may differ.
        if a != b && !same_but_addresses(a, b) {
            differ.push(format!(
                "{}:\n{}",
                case.file.id.display(),
                unified(
                    "handed off",
                    "in place",
                    &outcome_body(a),
                    &outcome_body(b),
                    false
                )
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} cases differ in place:\n{}",
        differ.len(),
        cases.len(),
        differ.join("\n")
    );
}

#[test]
fn in_place_outcomes_equal_the_interpreter_threads_on_the_conformance_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases");
    let files = discover(&[root]).expect("cases/");
    let cases: Vec<Case> = files.iter().map(|f| load(f).expect("case")).collect();
    assert!(cases.len() > 300, "{} cases", cases.len());
    same_outcomes_both_ways(&cases);
}

#[test]
fn in_place_outcomes_equal_the_interpreter_threads_on_generated_programs() {
    let cases: Vec<Case> = (0..400)
        .map(|i| {
            let generated = generate_from(&program_bytes(7, i));
            to_case(&generated, "fuzz.py", format!("program {i}"))
        })
        .collect();
    same_outcomes_both_ways(&cases);
}

/// Set in the child process of the crash test.
const CRASH_CHILD: &str = "YIELDSPEC_IN_PLACE_CRASH_CHILD";

#[test]
fn a_crash_in_place_still_names_the_case() {
    if std::env::var_os(CRASH_CHILD).is_some() {
        let config = RunConfig::default();
        on_large_stack(|| {
            in_place(|| {
                let mut backend = cpython(&config);
                let ran_on = printed_ident(&backend.run(&ident_case()));
                assert_eq!(ran_on, this_thread_ident(), "not in place");
                let case =
                    Case::from_source("segv.py", "import ctypes\nctypes.string_at(0)\n".into());
                backend.run(&case)
            })
        })
        .unwrap();
        return;
    }
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "a_crash_in_place_still_names_the_case",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CRASH_CHILD, "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the child survived:\n{err}");
    assert!(
        err.contains("fatal signal while embedded CPython runs segv.py"),
        "{err}"
    );
}
