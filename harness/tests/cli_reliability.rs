//! The `yieldspec` binary under bad input and hostile cases: command-line validation, case
//! discovery, source text, runs that must not end silently, Ctrl-C, budgets on every backend.
//! (Hostile cases against each backend's isolation are in `hostile.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_yieldspec"));
    cmd.env("NO_COLOR", "1");
    cmd
}

fn yieldspec(args: &[&str]) -> Output {
    bin().args(args).output().expect("yieldspec runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn all(o: &Output) -> String {
    format!("{}{}", text(&o.stdout), text(&o.stderr))
}

fn write(dir: &Path, name: &str, source: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, source).unwrap();
    path
}

const PLAIN: &str = "print('plain')\n";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn huge_budgets_and_unknown_engine_targets_are_bad_input_not_panics() {
    for args in [
        &["--timeout", "1e300", "run", "-b", "engine", "x.py"][..],
        &["--timeout", "nan", "run", "-b", "engine", "x.py"],
        &["fuzz", "--time", "1e300"],
        &["--memory", "12Q", "run", "-b", "engine", "x.py"],
        &["run", "-b", "engine:2.7", "x.py"],
        &["run", "-b", "engine:3.99", "x.py"],
    ] {
        let o = yieldspec(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", all(&o));
        assert!(!all(&o).contains("panicked"), "{args:?}: {}", all(&o));
    }
}

#[test]
fn record_refuses_two_cases_with_one_reference_and_paths_that_leave_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "d1/same.py", PLAIN);
    let b = write(dir.path(), "d2/same.py", "print('other')\n");
    let out = dir.path().join("out");
    let o = yieldspec(&["record", "-b", "engine", "--out", s(&out), s(&a), s(&b)]);
    assert_eq!(o.status.code(), Some(2), "{}", all(&o));
    assert!(all(&o).contains("same.py"), "{}", all(&o));
    assert!(!out.join("same.trace").exists());

    // cases/../x.py: its reference stays inside --out
    write(dir.path(), "x.py", PLAIN);
    std::fs::create_dir_all(dir.path().join("cases")).unwrap();
    let escaping = dir.path().join("cases/../x.py");
    let o = yieldspec(&["record", "-b", "engine", "--out", s(&out), s(&escaping)]);
    assert!(o.status.success(), "{}", all(&o));
    assert!(out.join("x.trace").exists(), "{}", all(&o));
    assert!(!dir.path().join("x.trace").exists());
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn record_output_stays_where_it_was_resolved_when_a_case_changes_directory() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.py", "import os\nos.chdir('/')\n");
    let b = write(dir.path(), "b.py", PLAIN);
    let o = bin()
        .current_dir(dir.path())
        .args(["record", "-b", "cpython", "--out", "rel", s(&a), s(&b)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", all(&o));
    assert!(dir.path().join("rel/b.trace").exists(), "{}", all(&o));
}

#[test]
fn reduce_does_not_overwrite_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "c.py", PLAIN);
    let o = yieldspec(&["reduce", s(&case), "-o", s(&case)]);
    assert_eq!(o.status.code(), Some(2), "{}", all(&o));
    assert_eq!(std::fs::read_to_string(&case).unwrap(), PLAIN);
}

#[test]
fn a_failed_write_to_stdout_is_not_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(dir.path(), "c.py", PLAIN);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = bin()
        .args(["run", "-b", "engine", s(&case)])
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", all(&o));
    assert!(
        text(&o.stderr).contains("cannot write the output"),
        "{}",
        all(&o)
    );
}

#[test]
fn fuzz_says_when_it_cannot_save_a_finding_without_a_terminal() {
    let o = yieldspec(&[
        "fuzz",
        "--right",
        "mutant:engine",
        "--left",
        "engine",
        "--iterations",
        "300",
        "--out",
        "/dev/null/findings",
    ]);
    assert_ne!(o.status.code(), Some(0), "{}", all(&o));
    assert!(
        text(&o.stderr).contains("cannot save a finding"),
        "{}",
        all(&o)
    );
}

#[test]
fn doctests_gives_up_on_an_interpreter_that_hangs() {
    let dir = tempfile::tempdir().unwrap();
    let hang = write(dir.path(), "hang", "#!/bin/sh\nexec sleep 600\n");
    set_executable(&hang);
    let start = Instant::now();
    let o = yieldspec(&["--timeout", "0.5", "doctests", "--python", s(&hang)]);
    assert_ne!(o.status.code(), Some(0), "{}", all(&o));
    assert!(start.elapsed() < Duration::from_secs(20), "{}", all(&o));
}

#[test]
fn a_process_worker_that_never_says_hello_is_given_up_after_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let hang = write(dir.path(), "hang", "#!/bin/sh\nexec sleep 600\n");
    set_executable(&hang);
    let case = write(dir.path(), "c.py", PLAIN);
    let start = Instant::now();
    let backend = format!("process:{}", s(&hang));
    let o = yieldspec(&["--timeout", "1", "run", "-b", &backend, s(&case)]);
    assert_eq!(o.status.code(), Some(2), "{}", all(&o));
    assert!(start.elapsed() < Duration::from_secs(25), "{}", all(&o));
    assert!(
        all(&o).contains("did not answer within 10 s"),
        "{}",
        all(&o)
    );
}

fn set_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn discovery_ends_on_symlink_loops_and_skips_what_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("cases");
    write(&root, "a.py", PLAIN);
    std::os::unix::fs::symlink(".", root.join("s1")).unwrap();
    std::os::unix::fs::symlink(".", root.join("s2")).unwrap();
    let fifo = std::ffi::CString::new(s(&root.join("x.py"))).unwrap();
    // SAFETY: mkfifo with a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let o = bin()
        .args(["run", "-b", "engine", s(&root)])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", all(&o));
    assert_eq!(
        text(&o.stdout).matches("out plain").count(),
        1,
        "{}",
        all(&o)
    );
    assert!(
        text(&o.stderr).contains("x.py: skipped, not a regular file"),
        "{}",
        all(&o)
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn statement_text_survives_form_feeds_line_separators_and_carriage_returns() {
    let dir = tempfile::tempdir().unwrap();
    for (name, source) in [
        ("ff.py", "# a\x0cb\nx = 1\nx\n"),
        ("ls.py", "# a\u{2028}b\nx = 1\nx\n"),
        ("cr.py", "# a\rx = 1\rx\r"),
    ] {
        let case = write(dir.path(), name, source);
        for backend in ["cpython", "process:python3", "engine"] {
            let o = yieldspec(&["run", "-b", backend, s(&case)]);
            let out = text(&o.stdout);
            assert!(o.status.success(), "{name} on {backend}: {}", all(&o));
            assert!(
                out.contains(">>> 2: x = 1\n>>> 3: x\nvalue 1\n"),
                "{name} on {backend}: {out}"
            );
        }
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_latin_1_case_with_a_coding_declaration_runs_and_surrogates_are_no_crash() {
    let dir = tempfile::tempdir().unwrap();
    let latin = dir.path().join("latin.py");
    std::fs::write(&latin, b"# -*- coding: latin-1 -*-\nprint('\xe9')\n").unwrap();
    let surrogate = write(dir.path(), "sur.py", "print('\\ud800')\n'\\ud800'\n");
    for backend in ["cpython", "process:python3"] {
        let o = yieldspec(&["run", "-b", backend, s(&latin), s(&surrogate)]);
        let out = text(&o.stdout);
        assert!(o.status.success(), "{backend}: {}", all(&o));
        assert!(out.contains("out \u{e9}\n"), "{backend}: {out}");
        assert!(out.contains("raise UnicodeEncodeError"), "{backend}: {out}");
        assert!(out.contains("value '\\\\ud800'"), "{backend}: {out}");
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_case_ending_the_interpreter_is_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let exit = write(dir.path(), "a_exit.py", "import os\nos._exit(0)\n");
    let close = write(dir.path(), "b_close.py", "import os\nos.close(1)\n");
    let plain = write(dir.path(), "c_plain.py", PLAIN);
    let o = yieldspec(&[
        "diff",
        "--left",
        "cpython",
        "--right",
        "process:python3",
        s(dir.path()),
    ]);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{}", all(&o));
    assert!(out.contains("a_exit.py on cpython: crashed"), "{out}");
    assert!(out.contains("2 passed, 0 failed, 1 error"), "{out}");
    let _ = (exit, close, plain);
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_timeout_in_a_finalizer_at_teardown_is_a_timeout_not_a_trace() {
    let dir = tempfile::tempdir().unwrap();
    let case = write(
        dir.path(),
        "fin.py",
        "def g():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n\
         x = g()\nnext(x)\n",
    );
    let out = dir.path().join("ref");
    for backend in ["cpython", "process:python3", "engine"] {
        let o = yieldspec(&[
            "--timeout",
            "1",
            "record",
            "-b",
            backend,
            "--out",
            s(&out),
            s(&case),
        ]);
        assert_eq!(o.status.code(), Some(1), "{backend}: {}", all(&o));
        let reference = std::fs::read_to_string(out.join("fin.trace")).unwrap();
        assert!(reference.contains("!!! timeout"), "{backend}: {reference}");
        assert!(!reference.contains("unraisable"), "{backend}: {reference}");
    }
}

#[test]
fn the_engine_keeps_the_time_and_memory_budgets() {
    let dir = tempfile::tempdir().unwrap();
    let slow = write(
        dir.path(),
        "slow.py",
        "while True:\n    s = 'x' * 40000000\n",
    );
    let big = write(
        dir.path(),
        "big.py",
        "l = []\nwhile True:\n    l.append('x' * 1000)\n",
    );
    let huge = write(dir.path(), "huge.py", "bytes(10**12)\n");
    let start = Instant::now();
    let o = yieldspec(&["--timeout", "1", "run", "-b", "engine", s(&slow)]);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{}", all(&o));
    assert!(start.elapsed() < Duration::from_secs(10), "{out}");
    assert!(out.contains("!!! timeout: time budget of 1 s"), "{out}");
    let args = ["--timeout", "60", "--memory", "64M", "run", "-b", "engine"];
    let o = yieldspec(&[&args[..], &[s(&big), s(&huge)]].concat());
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{}", all(&o));
    let memory = "!!! memory: memory budget of 67108864 bytes";
    assert_eq!(out.matches(memory).count(), 2, "{out}");
}

#[test]
fn deep_nesting_is_an_outcome_on_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let deep = write(
        dir.path(),
        "deep.py",
        &format!("x = {}1\n", "-".repeat(200_000)),
    );
    for args in [
        &["run", "-b", "cpython", s(&deep)][..],
        &["run", "-b", "process:python3", s(&deep)],
        &["run", "-b", "engine", s(&deep)],
        &["diff", s(&deep)],
        &["reduce", s(&deep)],
    ] {
        let o = yieldspec(args);
        assert!(
            matches!(o.status.code(), Some(1 | 2)),
            "{args:?}: {:?} {}",
            o.status,
            all(&o)
        );
    }
}

/// Start `yieldspec`, wait `wait`, then send it SIGINT (what Ctrl-C does).
fn interrupt_after_start(args: &[&str], wait: Duration) -> Output {
    let child = bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(wait);
    // SAFETY: kill(2) of our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    child.wait_with_output().unwrap()
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn ctrl_c_stops_the_run_with_exit_130_and_records_nothing_of_the_case() {
    let dir = tempfile::tempdir().unwrap();
    let ignores = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n\
                   signal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True:\n    time.sleep(0.01)\n";
    let later = write(dir.path(), "b.py", PLAIN);
    for backend in ["cpython", "process:python3", "engine"] {
        // the engine has no signal module: an endless loop on plenty of fuel instead
        let source = if backend == "engine" {
            "while True:\n    pass\n"
        } else {
            ignores
        };
        let case = write(dir.path(), "a.py", source);
        let out = dir
            .path()
            .join(format!("ref-{}", backend.replace(':', "-")));
        let start = Instant::now();
        let o = interrupt_after_start(
            &[
                "--timeout",
                "60",
                "--fuel",
                "100000000000",
                "record",
                "-b",
                backend,
                "--out",
                s(&out),
                s(&case),
                s(&later),
            ],
            Duration::from_millis(1500),
        );
        assert_eq!(o.status.code(), Some(130), "{backend}: {}", all(&o));
        assert!(start.elapsed() < Duration::from_secs(20), "{backend}");
        assert!(
            !all(&o).contains("KeyboardInterrupt"),
            "{backend}: {}",
            all(&o)
        );
        assert!(!out.join("a.trace").exists(), "{backend}");
        assert!(!out.join("b.trace").exists(), "{backend}");
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn ctrl_c_after_a_case_imported_signal_does_not_become_a_keyboard_interrupt() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.py", "import signal\n");
    let b = write(
        dir.path(),
        "b.py",
        "import time\nfor _ in range(3000):\n    time.sleep(0.001)\n",
    );
    let o = interrupt_after_start(
        &[
            "--timeout",
            "60",
            "diff",
            "--left",
            "cpython",
            "--right",
            "cpython",
            s(&a),
            s(&b),
        ],
        Duration::from_millis(1500),
    );
    assert_eq!(o.status.code(), Some(130), "{}", all(&o));
    assert!(!all(&o).contains("KeyboardInterrupt"), "{}", all(&o));
}
