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
use yieldspec::backend::{run_normalized, RunConfig};
use yieldspec::case::{discover, load, CaseFile};
use yieldspec::diff::{outcome_body, unified};
use yieldspec::engine_backend::EngineBackend;
use yieldspec::known_failures::KnownFailures;
use yieldspec::matrix::recorded_versions;
use yieldspec::metadata::{self, TagList};
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
        list_names_real_cases(&known, &files, &root),
        headers_are_valid(&root),
    ];
    trials.extend(version_trials(&root, &files, &known));
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
fn list_names_real_cases(known: &KnownFailures, files: &[CaseFile], root: &Path) -> Trial {
    let ids: Vec<String> = files
        .iter()
        .map(|f| f.id.to_string_lossy().replace('\\', "/"))
        .collect();
    let versions: Vec<String> = recorded_versions(&root.join("reference"))
        .iter()
        .map(|v| v.to_string())
        .collect();
    let missing: Vec<String> = known
        .entries
        .keys()
        .filter(|k| {
            let (id, version) = match k.split_once('@') {
                Some((id, v)) => (id, Some(v)),
                None => (k.as_str(), None),
            };
            !ids.iter().any(|i| i == id)
                || version.is_some_and(|v| !versions.iter().any(|x| x == v))
        })
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
    if !meant_for_reference_version(&case.source) {
        // A case for newer versions only (`# python: >=3.12`): its versions are checked by
        // version_trials, which find no reference-version trace to compare with.
        return Ok(());
    }

    let mut cpython = cpython::open(&run)?;
    if bless {
        cpython::bless(&mut cpython, &case, &dir, &file.id)?;
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

    if !bless {
        cpython::check(&mut cpython, &case, &expected)?;
    }

    let mut engine = EngineBackend::new(None, &run);
    let got = outcome_body(&run_normalized(&mut engine, &case));
    judge_engine(&file.id.display().to_string(), &expected, &got, known)
}

/// Part (b): embedded CPython of the reference version against the reference.
#[cfg(feature = "embedded-cpython")]
mod cpython {
    use std::path::Path;

    use libtest_mimic::Failed;
    use yieldspec::backend::{run_normalized, Backend, RunConfig};
    use yieldspec::case::Case;
    use yieldspec::cpython::EmbeddedCpython;
    use yieldspec::diff::outcome_body;
    use yieldspec::reference;

    use super::{mismatch, REFERENCE_VERSION};

    pub fn open(run: &RunConfig) -> Result<EmbeddedCpython, Failed> {
        Ok(EmbeddedCpython::open(run)?)
    }

    /// Re-record the case's reference (BLESS=1).
    pub fn bless(
        cpython: &mut EmbeddedCpython,
        case: &Case,
        dir: &Path,
        id: &Path,
    ) -> Result<(), Failed> {
        if cpython.python_version() != REFERENCE_VERSION {
            return Err(format!(
                "BLESS needs CPython {REFERENCE_VERSION}, but the embedded one is {}",
                cpython.describe()
            )
            .into());
        }
        let outcome = run_normalized(cpython, case);
        reference::write(dir, id, &outcome).map_err(|e| e.to_string())?;
        Ok(())
    }

    /// The embedded CPython's outcome equals the reference (when it is of its version).
    pub fn check(cpython: &mut EmbeddedCpython, case: &Case, expected: &str) -> Result<(), Failed> {
        if cpython.python_version() != REFERENCE_VERSION {
            return Ok(());
        }
        let got = outcome_body(&run_normalized(cpython, case));
        if got != expected {
            return Err(mismatch("reference", "cpython", expected, &got).into());
        }
        Ok(())
    }
}

/// Without embedded CPython (`--no-default-features`) only the engine is checked against the
/// references; re-recording them needs it.
#[cfg(not(feature = "embedded-cpython"))]
mod cpython {
    use std::path::Path;

    use libtest_mimic::Failed;
    use yieldspec::backend::RunConfig;
    use yieldspec::case::Case;

    pub struct Absent;

    pub fn open(_: &RunConfig) -> Result<Absent, Failed> {
        Ok(Absent)
    }

    pub fn bless(_: &mut Absent, _: &Case, _: &Path, _: &Path) -> Result<(), Failed> {
        Err("BLESS needs embedded CPython (cargo feature `embedded-cpython`)".into())
    }

    pub fn check(_: &mut Absent, _: &Case, _: &str) -> Result<(), Failed> {
        Ok(())
    }
}

/// Whether the case's `# python:` bounds admit the reference version (no header: yes).
fn meant_for_reference_version(source: &str) -> bool {
    let version = REFERENCE_VERSION
        .parse()
        .expect("REFERENCE_VERSION is a version");
    metadata::parse(source).map_or(true, |meta| meta.python.contains(version))
}

/// The engine's verdict on one case (or case@version), given the known-failures list.
fn judge_engine(id: &str, expected: &str, got: &str, known: Option<&str>) -> Result<(), Failed> {
    let passes = got == expected;
    match (known, passes) {
        (None, true) => {
            ENGINE_PASSING.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
        (None, false) => Err(mismatch("reference", "engine", expected, got).into()),
        (Some(_), false) => {
            KNOWN_FAILING.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
        (Some(reason), true) => Err(format!(
            "{id} is on the known-failures list ({reason}) but the engine now passes it: \
             remove it from cases/known-failures.txt"
        )
        .into()),
    }
}

/// For every recorded CPython version other than the reference version: one trial per case
/// whose trace on that version differs from the reference version's, checking `engine:X.Y`
/// against it (`conformance::seed::generator_dir@3.13`; known-failure ids `CASE@X.Y`).
fn version_trials(root: &Path, files: &[CaseFile], known: &KnownFailures) -> Vec<Trial> {
    let reference_root = root.join("reference");
    let base_dir = reference::cpython_dir(root, REFERENCE_VERSION);
    let mut trials = Vec::new();
    for version in recorded_versions(&reference_root) {
        if version.to_string() == REFERENCE_VERSION {
            continue;
        }
        let dir = reference::cpython_dir(root, &version.to_string());
        for file in files {
            let body = reference::read_body(&dir, &file.id).ok().flatten();
            let base = reference::read_body(&base_dir, &file.id).ok().flatten();
            let Some(expected) = body.filter(|b| Some(b) != base.as_ref()) else {
                continue;
            };
            let id = format!("{}@{version}", file.id.to_string_lossy().replace('\\', "/"));
            let name = format!(
                "conformance::{}",
                id.replace(".py@", "@").replace('/', "::")
            );
            let reason = known.reason(&id).map(str::to_string);
            let kind = if reason.is_some() {
                "known-failure"
            } else {
                ""
            };
            let file = file.clone();
            trials.push(
                Trial::test(name, move || {
                    let case = load(&file).map_err(|e| e.to_string())?;
                    let mut engine = EngineBackend::new(Some(version), &RunConfig::default());
                    let got = outcome_body(&run_normalized(&mut engine, &case));
                    judge_engine(&id, &expected, &got, reason.as_deref())
                })
                .with_kind(kind),
            );
        }
    }
    trials
}

fn mismatch(left: &str, right: &str, expected: &str, got: &str) -> String {
    format!(
        "{right} differs from the {left}:\n{}",
        unified(left, right, expected, got, false)
    )
}
