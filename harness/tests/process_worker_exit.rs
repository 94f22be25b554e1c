//! The process backend lets its worker exit by itself at the end of a run (input closed, a
//! short grace period, then a kill), so an interpreter's exit-time work happens — an
//! instrumented (gcov) CPython writes its coverage counters only then.

use std::process::Command;

#[test]
fn a_worker_exits_normally_at_the_end_of_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join("exited-normally");
    // sitecustomize runs at the worker's start-up; its exit handler runs only if the
    // interpreter shuts down normally (never after SIGKILL).
    std::fs::write(
        dir.path().join("sitecustomize.py"),
        format!(
            "import atexit\natexit.register(lambda: open({:?}, 'w').close())\n",
            marker.display().to_string()
        ),
    )
    .unwrap();
    let case = dir.path().join("case.py");
    std::fs::write(&case, "def g():\n    yield 1\nnext(g())\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_yieldspec"))
        .args([
            "run",
            "--backend",
            "process:python3",
            case.to_str().unwrap(),
        ])
        .env("PYTHONPATH", dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("yieldspec runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("value 1"), "{text}");
    assert!(
        marker.exists(),
        "the worker was killed instead of exiting at end of input"
    );
}
