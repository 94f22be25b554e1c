//! End-to-end tests of the `yieldspec` binary: budgets, bad input, exit codes, determinism,
//! and the trace events the REPL model promises (checked against the embedded CPython).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn yieldspec(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_yieldspec"));
    cmd.args(args).env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("yieldspec runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write_case(dir: &Path, name: &str, source: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write case");
    path
}

fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases/seed")
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn send_past_the_last_yield_records_stop_iteration() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "send.py",
        "def g():\n    x = yield 1\n    print('got', x)\nit = g()\nnext(it)\nit.send(20)\n",
    );
    let out = yieldspec(
        &["run", "--backend", "cpython", case.to_str().unwrap()],
        &[],
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    let after_send = text
        .split(">>> 6: it.send(20)\n")
        .nth(1)
        .expect("statement header");
    assert!(
        after_send.starts_with("out got 20\nraise StopIteration: StopIteration()\n  value: None\n"),
        "{text}"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn yield_in_finally_during_close_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "ignored.py",
        "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nit = g()\nnext(it)\nit.close()\n",
    );
    let out = yieldspec(&["run", case.to_str().unwrap()], &[]);
    let text = stdout(&out);
    assert!(
        text.contains(
            ">>> 8: it.close()\nraise RuntimeError: RuntimeError('generator ignored GeneratorExit')\n"
        ),
        "{text}"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn suspended_generator_is_finalized_after_the_end_marker() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "teardown.py",
        "def g():\n    try:\n        yield 1\n    finally:\n        print('cleanup')\nfirst = 1\nit = g()\nnext(it)\n",
    );
    let out = yieldspec(&["run", case.to_str().unwrap()], &[]);
    let text = stdout(&out);
    assert!(
        text.ends_with("=== end\n--- del it\nout cleanup\n"),
        "{text}"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn an_endless_case_times_out_and_the_next_case_still_runs() {
    let dir = tempfile::tempdir().unwrap();
    write_case(dir.path(), "a_loop.py", "x = 1\nwhile True: pass\n");
    write_case(
        dir.path(),
        "b_swallow.py",
        "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
    );
    write_case(dir.path(), "c_after.py", "print('still here')\n");
    let start = std::time::Instant::now();
    let out = yieldspec(
        &["run", "--timeout", "1", dir.path().to_str().unwrap()],
        &[],
    );
    let elapsed = start.elapsed();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert_eq!(
        text.matches("!!! timeout: time budget of 1 s").count(),
        2,
        "{text}"
    );
    assert!(text.contains("out still here\n"), "{text}");
    assert!(elapsed.as_secs() < 10, "took {elapsed:?}");
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn huge_output_is_cut_with_a_marker() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "loud.py",
        "for i in range(1000):\n    print('x' * 100)\nprint('end')\n",
    );
    let out = yieldspec(
        &["run", "--output-cap", "1000", case.to_str().unwrap()],
        &[],
    );
    let text = stdout(&out);
    assert!(text.contains("truncated at 1000 characters"), "{text}");
    assert!(!text.contains("out end"), "{text}");
    assert!(text.len() < 5000, "{} bytes", text.len());
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_syntax_error_exits_2_with_file_line_col_and_other_cases_still_run() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write_case(dir.path(), "bad.py", "x = 1\ndef f(:\n    pass\n");
    let good = write_case(dir.path(), "good.py", "print('ok')\n");
    let out = yieldspec(
        &[
            "diff",
            "--left",
            "cpython",
            "--right",
            "cpython",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:2:7: syntax error", bad.display())),
        "{err}"
    );
    assert!(
        stdout(&out).ends_with("1 passed, 0 failed, 1 bad input\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn missing_paths_and_unknown_backends_exit_2() {
    let out = yieldspec(&["run", "/no/such/case.py"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/case.py"));
    let out = yieldspec(&["run", "--backend", "jython", "x.py"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown backend"), "{}", stderr(&out));
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn diff_ends_with_the_summary_line_and_exit_code() {
    let out = yieldspec(
        &[
            "diff",
            "--left",
            "cpython",
            "--right",
            "cpython",
            seed_dir().to_str().unwrap(),
        ],
        &[],
    );
    let text = stdout(&out);
    let last = text.lines().last().unwrap_or_default();
    let cases = std::fs::read_dir(seed_dir()).unwrap().count();
    assert_eq!(last, format!("{cases} passed, 0 failed"), "{text}");
    assert_eq!(out.status.code(), Some(0));

    // CPython 3.11 against the engine made to follow 3.6 must differ somewhere in the seed
    // (PEP 479) or not run; either way the exit code says so.
    let out = yieldspec(
        &[
            "diff",
            "--right",
            "engine:3.6",
            seed_dir().to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

/// The whole corpus, run five more times under different hash seeds, gives byte-identical
/// traces (issue: every case deterministic).
#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn traces_are_byte_identical_across_runs_and_hash_seeds() {
    let cases = seed_dir().join("..");
    let args = ["run", cases.to_str().unwrap()];
    let first = yieldspec(&args, &[("PYTHONHASHSEED", "0")]);
    assert!(first.status.success(), "{}", stderr(&first));
    for env in [
        [("PYTHONHASHSEED", "1")],
        [("PYTHONHASHSEED", "random")],
        [("PYTHONHASHSEED", "0")],
        [("PYTHONHASHSEED", "12345")],
        [("PYTHONHASHSEED", "1")],
    ] {
        let again = yieldspec(&args, &env);
        assert!(again.stdout == first.stdout, "trace differs under {env:?}");
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn json_output_is_one_object_per_case() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(dir.path(), "j.py", "1 + 1\n");
    let out = yieldspec(&["run", "--json", case.to_str().unwrap()], &[]);
    let value: serde_json::Value = serde_json::from_str(stdout(&out).trim()).expect("json");
    assert_eq!(value["outcome"]["outcome"], "completed");
    assert_eq!(
        value["outcome"]["trace"]["statements"][0]["events"][0]["repr"],
        "2"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn the_process_backend_agrees_with_the_embedded_one_on_the_same_interpreter() {
    let out = yieldspec(
        &[
            "diff",
            "--left",
            "process:python3",
            "--right",
            "cpython",
            seed_dir().to_str().unwrap(),
        ],
        &[],
    );
    let cases = std::fs::read_dir(seed_dir()).unwrap().count();
    assert!(
        stdout(&out).ends_with(&format!("{cases} passed, 0 failed\n")),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

#[test]
fn a_crashing_interpreter_is_an_outcome_and_the_worker_restarts() {
    let dir = tempfile::tempdir().unwrap();
    write_case(
        dir.path(),
        "a_crash.py",
        "import ctypes\nctypes.string_at(0)\n",
    );
    write_case(dir.path(), "b_loop.py", "while True: pass\n");
    write_case(dir.path(), "c_after.py", "print('still here')\n");
    let out = yieldspec(
        &[
            "run",
            "--timeout",
            "1",
            "--backend",
            "process:python3",
            dir.path().to_str().unwrap(),
        ],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("!!! crashed: the interpreter died running the case: signal: 11"),
        "{text}"
    );
    assert!(text.contains("!!! timeout: time budget of 1 s"), "{text}");
    assert!(text.contains("out still here\n"), "{text}");
}

#[test]
fn a_missing_interpreter_is_a_clear_error() {
    let case = seed_dir().join("genexp.py");
    let out = yieldspec(
        &[
            "run",
            "--backend",
            "process:python2.99",
            case.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("interpreter \"python2.99\" is not installed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn report_of_cpython_against_its_own_references_passes_everything() {
    let dir = tempfile::tempdir().unwrap();
    let out = yieldspec(
        &[
            "report",
            "--backend",
            "process:python3",
            "--out",
            dir.path().to_str().unwrap(),
            "--reference",
            seed_dir().join("../../reference").to_str().unwrap(),
            seed_dir().to_str().unwrap(),
        ],
        &[],
    );
    let cases = std::fs::read_dir(seed_dir()).unwrap().count();
    assert!(
        stdout(&out).starts_with(&format!("{cases} of {cases} cases pass")),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let md = std::fs::read_to_string(dir.path().join("python3.md")).unwrap();
    assert!(
        md.contains("| seed | 14 | 14 | 100.0 % |") || md.contains("100.0 %"),
        "{md}"
    );
}

#[test]
fn report_compare_lists_fixed_and_broken_cases() {
    let dir = tempfile::tempdir().unwrap();
    let report = |statuses: &[(&str, &str)]| {
        let cases: serde_json::Map<String, serde_json::Value> = statuses
            .iter()
            .map(|(id, s)| {
                (
                    id.to_string(),
                    serde_json::json!({"status": s, "tags": ["send"]}),
                )
            })
            .collect();
        serde_json::json!({"backend": "b", "implementation": "impl", "reference": "cpython-3.11",
                           "date": "2026-01-01", "cases": cases})
        .to_string()
    };
    let old = dir.path().join("old.json");
    let new = dir.path().join("new.json");
    std::fs::write(
        &old,
        report(&[("a.py", "fail"), ("b.py", "pass"), ("c.py", "pass")]),
    )
    .unwrap();
    std::fs::write(
        &new,
        report(&[("a.py", "pass"), ("b.py", "timeout"), ("c.py", "pass")]),
    )
    .unwrap();
    let out = yieldspec(
        &[
            "report",
            "--compare",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
        ],
        &[],
    );
    let text = stdout(&out);
    assert!(
        text.contains(
            "## Fixed (1)\n\n| case | before | after |\n|---|---|---|\n| a.py | fail | pass |"
        ),
        "{text}"
    );
    assert!(text.contains("## Broken (1)"), "{text}");
    assert!(text.contains("| b.py | pass | timeout |"), "{text}");
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_case_run_again_in_the_same_process_gives_the_same_trace_with_its_compile_warnings() {
    // The second run compiles nothing (the tracer's statement cache): the SyntaxWarning that
    // compiling `x is 1` shows must still be in its trace, at the same place.
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "warn.py",
        "x = 1\nx is 1\nimport warnings\nwarnings.warn('at run time')\n",
    );
    let path = case.to_str().unwrap();
    let out = yieldspec(&["run", "--backend", "cpython", path, path], &[]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    let traces: Vec<&str> = text.split("## ").filter(|t| !t.is_empty()).collect();
    assert_eq!(traces.len(), 2, "{text}");
    assert_eq!(traces[0], traces[1]);
    assert!(
        traces[1].contains("warning SyntaxWarning at line 2: \"is\" with a literal"),
        "{text}"
    );
    assert!(
        traces[1].contains("warning UserWarning at line 4: at run time"),
        "{text}"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn generate_writes_the_fuzzers_programs_deterministically_as_runnable_cases() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&a, &b] {
        let o = yieldspec(
            &[
                "generate", "--seed", "9", "--start", "5", "--count", "3", "--out",
            ],
            &[],
        );
        assert_eq!(o.status.code(), Some(2), "--out needs a value");
        let o = yieldspec(
            &[
                "generate",
                "--seed",
                "9",
                "--start",
                "5",
                "--count",
                "3",
                "--out",
                out.to_str().unwrap(),
            ],
            &[],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    for i in 5..8 {
        let name = format!("fuzz-9-{i}.py");
        let text = std::fs::read_to_string(a.join(&name)).expect("generated file");
        assert!(text.starts_with("# case: Generated by yieldspec generate (seed 9, program "));
        assert_eq!(text, std::fs::read_to_string(b.join(&name)).unwrap());
    }
    assert_eq!(std::fs::read_dir(&a).unwrap().count(), 3);
    let o = yieldspec(
        &[
            "diff",
            "--left",
            "cpython",
            "--right",
            "cpython",
            a.to_str().unwrap(),
        ],
        &[],
    );
    assert!(
        stdout(&o).ends_with("3 passed, 0 failed\n"),
        "{}",
        stdout(&o)
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_native_crash_of_embedded_cpython_names_the_case_before_the_process_dies() {
    let dir = tempfile::tempdir().unwrap();
    let case = write_case(
        dir.path(),
        "segv.py",
        "import ctypes\nprint('before')\nctypes.string_at(0)\nprint('never')\n",
    );
    let out = yieldspec(
        &["run", "--backend", "cpython", case.to_str().unwrap()],
        &[],
    );
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("fatal signal while embedded CPython runs segv.py")
            && err.contains("process:python3"),
        "{err}"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn fuzz_pins_itself_to_a_cpu_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("findings");
    let common = ["fuzz", "--iterations", "20", "--quiet", "--out"];
    let mut args = common.to_vec();
    args.extend([out_dir.to_str().unwrap(), "--cpu", "0"]);
    let o = yieldspec(&args, &[]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("20 programs in"), "{}", stdout(&o));
    let mut args = common.to_vec();
    args.extend([out_dir.to_str().unwrap(), "--cpu", "100000"]);
    let o = yieldspec(&args, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--cpu 100000"), "{}", stderr(&o));
}

/// The `asyncio` row of a fuzz report's feature table: programs using it.
fn asyncio_programs(report: &str) -> u64 {
    let row = report
        .lines()
        .find(|l| l.starts_with("asyncio "))
        .unwrap_or_else(|| panic!("no asyncio row in {report}"));
    row.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn fuzz_feature_runs_only_programs_using_it_in_one_process_and_in_workers() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("findings");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "fuzz",
            "--seed",
            "3",
            "--iterations",
            "24",
            "--quiet",
            "--left",
            "cpython",
            "--right",
            "cpython",
            "--out",
            out_dir.to_str().unwrap(),
        ];
        args.extend(extra);
        let o = yieldspec(&args, &[]);
        assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
        stdout(&o)
    };
    let free = run(&["--jobs", "1"]);
    assert!(asyncio_programs(&free) < 24, "{free}");
    for jobs in ["1", "2"] {
        let report = run(&["--jobs", jobs, "--feature", "asyncio"]);
        assert!(report.contains("seed 3 --feature asyncio,"), "{report}");
        assert_eq!(asyncio_programs(&report), 24, "{report}");
    }
    let o = yieldspec(&["fuzz", "--feature", "asyncioo", "--iterations", "1"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no feature 'asyncioo'"),
        "{}",
        stderr(&o)
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn bench_prints_one_row_per_workload_and_flags_a_workload_whose_output_differs() {
    let dir = tempfile::tempdir().unwrap();
    let same = write_case(
        dir.path(),
        "sums.py",
        "def g(n):\n    for i in range(n):\n        yield i\nprint(sum(g(10)))\n",
    );
    // The engine's fuel runs out on this one, so its output (none) differs from CPython's.
    let differs = write_case(
        dir.path(),
        "long.py",
        "n = 0\nfor i in range(200000):\n    n += i\nprint(n)\n",
    );
    let out = yieldspec(
        &[
            "--fuel",
            "1000",
            "bench",
            "--repeat",
            "1",
            "--check",
            "--workloads",
            same.to_str().unwrap(),
            "--workloads",
            differs.to_str().unwrap(),
            "--small",
            seed_dir().to_str().unwrap(),
        ],
        &[],
    );
    let text = stdout(&out);
    let row = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("| {name} |")))
            .unwrap_or_else(|| panic!("no row for {name}:\n{text}{}", stderr(&out)))
            .to_string()
    };
    assert!(row("sums.py").ends_with("| same |"), "{text}");
    assert!(!row("long.py").ends_with("| same |"), "{text}");
    assert!(text.contains("small programs, end to end"), "{text}");
    // --check fails the run on the differing output.
    assert_eq!(out.status.code(), Some(1), "{text}{}", stderr(&out));
}

/// `diff` of CPython against the engine counts a case on the `cases/known-failures.txt` list
/// next to it as a known failure (its reason shown, exit 0); `--strict` counts it as before; a
/// listed case that passes is `unexpectedly passing` and fails the run; an entry for another
/// version (`CASE@3.X`) or a comparison with another version does not cover it. The engine's
/// fuel makes the failure: the loop needs far more than 1,000 steps.
#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn listed_cases_are_known_failures_unless_strict() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(cases.join("area")).unwrap();
    let slow = write_case(
        &cases.join("area"),
        "slow.py",
        "n = 0\nwhile n < 100000:\n    n += 1\nprint(n)\n",
    );
    write_case(&cases.join("area"), "fine.py", "print('ok')\n");
    let list = cases.join("known-failures.txt");
    let diff = |extra: &[&str]| {
        let mut args = vec!["--fuel", "1000", "diff"];
        args.extend_from_slice(extra);
        args.push(cases.to_str().unwrap());
        let out = yieldspec(&args, &[]);
        let text = stdout(&out);
        let last = text.lines().last().unwrap_or_default().to_string();
        (out.status.code(), text, last, stderr(&out))
    };

    std::fs::write(
        &list,
        "# comment\narea/slow.py: the engine runs out of fuel\n",
    )
    .unwrap();
    let (code, text, last, _) = diff(&[]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(&format!(
            "known failure {}: the engine runs out of fuel",
            slow.display()
        )),
        "{text}"
    );
    assert_eq!(last, "1 passed, 0 failed, 1 known", "{text}");

    let (code, text, last, _) = diff(&["--strict"]);
    assert_eq!(code, Some(1), "{text}");
    assert_eq!(last, "1 passed, 0 failed, 1 timeout", "{text}");

    let (code, text, _, _) = diff(&["--json"]);
    assert_eq!(code, Some(0), "{text}");
    let slow_record: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["case"] == "area/slow.py")
        .expect("a record for the listed case");
    assert_eq!(slow_record["verdict"], "known failure");
    assert_eq!(slow_record["known_failure"]["entry"], "area/slow.py");

    std::fs::write(
        &list,
        "area/slow.py: out of fuel\narea/fine.py: listed by mistake\n",
    )
    .unwrap();
    let (code, text, last, _) = diff(&[]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("unexpectedly passing "), "{text}");
    assert_eq!(
        last, "0 passed, 0 failed, 1 known, 1 unexpectedly passing",
        "{text}"
    );

    // an entry for 3.12 only does not cover the engine at its default target, 3.11
    std::fs::write(&list, "area/slow.py@3.12: out of fuel on 3.12\n").unwrap();
    let (code, text, last, _) = diff(&[]);
    assert_eq!(code, Some(1), "{text}");
    assert_eq!(last, "1 passed, 0 failed, 0 known, 1 timeout", "{text}");

    // the list describes the engine against CPython of its own version, not 3.11 against 3.12
    std::fs::write(&list, "area/slow.py: out of fuel\n").unwrap();
    let (code, text, last, err) = diff(&["--right", "engine:3.12"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(err.contains("does not cover this comparison"), "{err}");
    assert!(!last.contains("known"), "{text}");

    std::fs::write(&list, "area/slow.py has no reason\n").unwrap();
    let (code, _, _, err) = diff(&[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("known-failures.txt"), "{err}");
}
