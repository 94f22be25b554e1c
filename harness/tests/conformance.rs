//! `cargo test conformance`: one test per case under `cases/`, named after its path
//! (`conformance::seed::coroutine_send`), checking that
//! (a) the engine's outcome equals the recorded CPython reference, unless the case is on the
//!     known-failures list (then it must still fail: a listed case that passes fails the run);
//! (b) the embedded CPython's outcome equals the reference, when its major.minor is the
//!     reference's.
//! `BLESS=1 cargo test conformance` re-records the references from the embedded CPython.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use libtest_mimic::{Arguments, Failed, Trial};
use yieldspec::backend::{run_normalized, Backend, RunConfig};
use yieldspec::case::{discover, load, CaseFile};
use yieldspec::cpython::EmbeddedCpython;
use yieldspec::diff::{outcome_body, unified};
use yieldspec::engine_backend::EngineBackend;
use yieldspec::known_failures::KnownFailures;
use yieldspec::metadata::TagList;
use yieldspec::reference;

/// The CPython version whose references the engine (default target) is checked against.
const REFERENCE_VERSION: &str = "3.11";

static KNOWN_FAILING: AtomicUsize = AtomicUsize::new(0);
static ENGINE_PASSING: AtomicUsize = AtomicUsize::new(0);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("harness/ has a parent")
        .to_path_buf()
}

fn main() {
    let args = Arguments::from_args();
    let root = root();
    let bless = std::env::var_os("BLESS").is_some_and(|v| v == "1");
    let known = match KnownFailures::load(&root.join("cases/known-failures.txt")) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let files = match discover(&[root.join("cases")]) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let mut trials = vec![
        list_names_real_cases(&known, &files),
        headers_are_valid(&root),
    ];
    for file in files {
        let id = file.id.to_string_lossy().replace('\\', "/");
        let name = format!(
            "conformance::{}",
            id.trim_end_matches(".py").replace('/', "::")
        );
        let reason = known.reason(&id).map(str::to_string);
        let kind = if reason.is_some() {
            "known-failure"
        } else {
            ""
        };
        let root = root.clone();
        trials.push(
            Trial::test(name, move || {
                check_case(&root, &file, reason.as_deref(), bless)
            })
            .with_kind(kind),
        );
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if conclusion.num_passed + conclusion.num_failed > 1 {
        eprintln!(
            "conformance: engine passes {} cases; {} known failures (cases/known-failures.txt)",
            ENGINE_PASSING.load(Ordering::SeqCst),
            KNOWN_FAILING.load(Ordering::SeqCst)
        );
    }
    conclusion.exit();
}

/// Every entry of the known-failures list must name a case that exists.
fn list_names_real_cases(known: &KnownFailures, files: &[CaseFile]) -> Trial {
    let ids: Vec<String> = files
        .iter()
        .map(|f| f.id.to_string_lossy().replace('\\', "/"))
        .collect();
    let missing: Vec<String> = known
        .entries
        .keys()
        .filter(|k| !ids.contains(k))
        .cloned()
        .collect();
    Trial::test(
        "conformance::known_failures_list_names_real_cases",
        move || {
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("cases/known-failures.txt lists missing cases: {missing:?}").into())
            }
        },
    )
}

/// Every case has a valid header whose tags are on `cases/tags.txt`.
fn headers_are_valid(root: &Path) -> Trial {
    let cases = root.join("cases");
    Trial::test("conformance::case_headers_are_valid", move || {
        let tags = TagList::load(&cases.join("tags.txt"))?;
        let stats = yieldspec::stats::collect(std::slice::from_ref(&cases), &tags)?;
        if stats.problems.is_empty() {
            Ok(())
        } else {
            Err(stats.problems.join("\n").into())
        }
    })
}

fn check_case(
    root: &Path,
    file: &CaseFile,
    known: Option<&str>,
    bless: bool,
) -> Result<(), Failed> {
    let case = load(file).map_err(|e| e.to_string())?;
    let dir = reference::cpython_dir(root, REFERENCE_VERSION);
    let run = RunConfig::default();

    let mut cpython = EmbeddedCpython::open(&run)?;
    let cpython_matches = cpython.python_version() == REFERENCE_VERSION;
    if bless {
        if !cpython_matches {
            return Err(format!(
                "BLESS needs CPython {REFERENCE_VERSION}, but the embedded one is {}",
                cpython.describe()
            )
            .into());
        }
        let outcome = run_normalized(&mut cpython, &case);
        reference::write(&dir, &file.id, &outcome).map_err(|e| e.to_string())?;
    }
    let expected = reference::read_body(&dir, &file.id)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| {
            format!(
                "no reference {}: record it with `BLESS=1 cargo test conformance` or \
                 `yieldspec record`",
                reference::path(&dir, &file.id).display()
            )
        })?;

    if cpython_matches && !bless {
        let got = outcome_body(&run_normalized(&mut cpython, &case));
        if got != expected {
            return Err(mismatch("reference", "cpython", &expected, &got).into());
        }
    }

    let mut engine = EngineBackend::new(None, &run);
    let got = outcome_body(&run_normalized(&mut engine, &case));
    let passes = got == expected;
    match (known, passes) {
        (None, true) => {
            ENGINE_PASSING.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
        (None, false) => Err(mismatch("reference", "engine", &expected, &got).into()),
        (Some(_), false) => {
            KNOWN_FAILING.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
        (Some(reason), true) => Err(format!(
            "{} is on the known-failures list ({reason}) but the engine now passes it: \
             remove it from cases/known-failures.txt",
            file.id.display()
        )
        .into()),
    }
}

fn mismatch(left: &str, right: &str, expected: &str, got: &str) -> String {
    format!(
        "{right} differs from the {left}:\n{}",
        unified(left, right, expected, got, false)
    )
}
