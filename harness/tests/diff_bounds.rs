//! `diff` does not compare a case whose `# python:` bounds exclude a backend's version (as
//! `record` does not record it): it is listed as skipped and does not fail the run.

use std::process::Command;

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_case_outside_its_python_bounds_is_skipped_not_failed() {
    let dir = tempfile::tempdir().unwrap();
    // Only for a version after the embedded CPython's and the engine's default target: run
    // there, the missing attribute would be a difference.
    std::fs::write(
        dir.path().join("future.py"),
        "# case: needs a future version\n# tags: generator\n# python: >=3.99\nimport sys\nsys.not_there_yet\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("plain.py"),
        "# case: plain\n# tags: generator\ndef g():\n    yield 1\nnext(g())\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_yieldspec"))
        .args(["--color", "never", "diff", dir.path().to_str().unwrap()])
        .output()
        .expect("yieldspec runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("skipped "), "{text}");
    assert!(text.contains("future.py"), "{text}");
    assert!(
        text.trim_end().ends_with("1 skipped (python: bounds)"),
        "{text}"
    );
}
