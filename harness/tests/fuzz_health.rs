//! Health of the differential fuzzer: generated programs run to completion on CPython, every
//! feature switch is exercised, CPython never diverges from itself, generation is deterministic,
//! and the reducer shrinks a divergence against a deliberately wrong backend to a few lines.

use yieldspec::backend::RunConfig;
use yieldspec::fuzz::oracle::Oracle;
use yieldspec::fuzz::reduce::{reduce, ReduceConfig};
use yieldspec::fuzz::{generate_from, program_bytes, to_case, Class, Feature, Features};

const SEED: u64 = 20_240_601;
const PROGRAMS: u64 = 1_000;

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn generated_programs_complete_on_cpython_and_never_diverge_from_it() {
    let mut oracle = Oracle::open("cpython", "cpython", &RunConfig::default()).expect("cpython");
    let mut completed = 0u64;
    let mut exercised = Features::none();
    let mut failures = Vec::new();
    for i in 0..PROGRAMS {
        let generated = generate_from(&program_bytes(SEED, i));
        for f in generated.program.features_used().iter() {
            exercised = exercised.with(f);
        }
        let case = to_case(&generated, "health.py", format!("health program {i}"));
        let check = oracle.check(&case);
        if check.left.trace().is_some() {
            completed += 1;
        } else if failures.len() < 3 {
            failures.push(format!(
                "program {i}: {}\n{}",
                check.left.reason().unwrap_or_default(),
                case.source
            ));
        }
        assert_ne!(
            check.class,
            Class::Divergent,
            "CPython diverged from itself (a false divergence) on program {i}:\n{}\n{}",
            case.source,
            oracle.diff_text(&check, false)
        );
    }
    let rate = completed as f64 / PROGRAMS as f64;
    eprintln!("{completed}/{PROGRAMS} generated programs ran to completion on CPython");
    assert!(
        rate >= 0.95,
        "only {:.1} % of generated programs completed on CPython; first failures:\n{}",
        rate * 100.0,
        failures.join("\n")
    );
    let never: Vec<&str> = Feature::ALL
        .iter()
        .filter(|f| !exercised.has(**f))
        .map(|f| f.name())
        .collect();
    assert!(
        never.is_empty(),
        "feature switches never exercised: {never:?}"
    );
}

#[test]
fn generation_is_deterministic_per_seed() {
    for i in 0..50 {
        let a = to_case(&generate_from(&program_bytes(7, i)), "a.py", "d".into());
        let b = to_case(&generate_from(&program_bytes(7, i)), "a.py", "d".into());
        assert_eq!(a.source, b.source);
    }
    let a = to_case(&generate_from(&program_bytes(7, 0)), "a.py", "d".into());
    let b = to_case(&generate_from(&program_bytes(8, 0)), "a.py", "d".into());
    assert_ne!(
        a.source, b.source,
        "different seeds give different programs"
    );
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn reducer_shrinks_a_divergence_from_a_mutant_backend() {
    let mut oracle =
        Oracle::open("cpython", "mutant:cpython", &RunConfig::default()).expect("backends");
    let found = (0..2_000u64).find_map(|i| {
        let case = to_case(
            &generate_from(&program_bytes(SEED, i)),
            "m.py",
            "mutant".into(),
        );
        let check = oracle.check(&case);
        // A generator program: coroutine and async generator programs carry helper classes
        // (AIt, Aw, ...) that a reduction keeps, so their floor is higher than 8 lines.
        let generator_program = !case.source.contains("async def g");
        (check.class == Class::Divergent && generator_program && case.source.lines().count() >= 25)
            .then_some((case.source, check))
    });
    let (source, check) = found.expect("the mutant diverges on some generated program");
    let result = reduce(&mut oracle, &source, &ReduceConfig::default());
    let reduced = result.reduced.expect("a reduced case");
    let code_lines = reduced.lines().filter(|l| !l.starts_with('#')).count();
    eprintln!(
        "reduced {} lines to {code_lines} in {} tests:\n{reduced}",
        source.lines().count(),
        result.tests
    );
    assert!(
        code_lines <= 8,
        "reduced case is still {code_lines} lines:\n{reduced}"
    );
    let again = oracle.check(&yieldspec::case::Case::from_source("r.py", reduced));
    assert_eq!(again.class, Class::Divergent);
    // the reducer keeps the root-cause signature (the value itself may shrink: 3 -> 0)
    assert_eq!(
        yieldspec::fuzz::signature::Signature::of(&again),
        yieldspec::fuzz::signature::Signature::of(&check)
    );
}

fn yieldspec(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_yieldspec"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("yieldspec runs")
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn fuzz_command_saves_reduced_findings_and_reports_per_feature() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("findings");
    let out = yieldspec(&[
        "fuzz",
        "--seed",
        "3",
        "--iterations",
        "120",
        "--left",
        "cpython",
        "--right",
        "mutant:cpython",
        "--reduce",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("120 programs in"), "{text}");
    assert!(text.contains("programs/s"), "{text}");
    assert!(text.contains("per feature"), "{text}");
    assert!(text.contains("0 did not reproduce"), "{text}");
    let saved: Vec<_> = std::fs::read_dir(&out_dir).unwrap().flatten().collect();
    assert!(
        saved
            .iter()
            .any(|e| e.file_name().to_string_lossy().ends_with("-reduced.py")),
        "{text}"
    );
    // A saved finding is a case file: `yieldspec reduce` takes it and still finds the divergence.
    let case = saved
        .iter()
        .find(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".py") && !name.ends_with("-reduced.py")
        })
        .expect("a saved case")
        .path();
    let reduced = yieldspec(&[
        "reduce",
        case.to_str().unwrap(),
        "--right",
        "mutant:cpython",
    ]);
    assert!(
        reduced.status.success(),
        "{}",
        String::from_utf8_lossy(&reduced.stderr)
    );
    assert!(String::from_utf8_lossy(&reduced.stdout).starts_with("# case:"));
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn fuzz_command_with_a_time_limit_ends_with_its_report() {
    let dir = tempfile::tempdir().unwrap();
    let out = yieldspec(&[
        "fuzz",
        "--time",
        "1",
        "--left",
        "cpython",
        "--right",
        "cpython",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("0 divergent"), "{text}");
    assert!(text.contains("yield_from_proto"), "{text}");
}

/// `--jobs N` splits one seed's programs between N worker processes: the merged report counts
/// the same outcomes and the saved findings are the same files as a single-process run's.
#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn fuzz_jobs_find_the_same_findings_as_one_process() {
    let run = |jobs: &str| {
        let dir = tempfile::tempdir().unwrap();
        let out_dir = dir.path().join("findings");
        let out = yieldspec(&[
            "fuzz",
            "--seed",
            "3",
            "--iterations",
            "150",
            "--right",
            "mutant:cpython",
            "--jobs",
            jobs,
            "--out",
            out_dir.to_str().unwrap(),
        ]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{text}");
        let mut saved: Vec<(String, String)> = std::fs::read_dir(&out_dir)
            .unwrap()
            .flatten()
            .map(|e| {
                let content = std::fs::read_to_string(e.path()).unwrap();
                (e.file_name().to_string_lossy().into_owned(), content)
            })
            .collect();
        saved.sort();
        let outcomes = text
            .lines()
            .find(|l| l.starts_with("outcomes:"))
            .unwrap_or_default()
            .to_string();
        assert!(text.contains("150 programs in"), "{text}");
        // the CPU table per kind of program counts every program once, whatever N
        let kinds: Vec<String> = text
            .lines()
            .skip_while(|l| !l.starts_with("CPU time per program"))
            .skip(2)
            .take(5)
            .map(|l| {
                l.split_whitespace()
                    .take_while(|w| !w.ends_with('%'))
                    .collect()
            })
            .collect();
        assert_eq!(kinds.last().map(String::as_str), Some("all150"), "{text}");
        assert!(text.contains("programs per CPU second"), "{text}");
        // the table of signatures: the same rows (count, first program, signature) whatever N
        let table: Vec<String> = text
            .lines()
            .skip_while(|l| !l.starts_with("signatures: "))
            .map(str::to_string)
            .collect();
        assert!(table.len() > 2, "{text}");
        (outcomes, (saved, table), kinds)
    };
    let (one, (saved_one, table_one), kinds_one) = run("1");
    let (three, (saved_three, table_three), kinds_three) = run("3");
    assert_eq!(table_one, table_three);
    assert_eq!(kinds_one, kinds_three);
    assert!(
        one.contains(" divergent") && !one.contains(" 0 divergent"),
        "{one}"
    );
    assert_eq!(one, three);
    assert!(!saved_one.is_empty());
    assert_eq!(saved_one, saved_three);
}
