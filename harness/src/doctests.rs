//! `yieldspec doctests`: run the doctest sessions of CPython's own generator tests
//! (`test_generators.py`, `test_genexps.py`, and `test_coroutines.py`/`test_asyncgen.py` where
//! installed, of the installed CPython) through two backends and count how many sessions give
//! the same trace.
//!
//! Each doctest (one docstring or `__test__` entry) is one session: its examples, concatenated,
//! become one case run with the REPL semantics (examples that are deliberate syntax errors are
//! left out, since a case must parse as a whole). The test files are read from the machine at run
//! time; none of their text is stored in this repository.

use crate::error::Error;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::backend::{open, run_normalized, BackendSpec, RunConfig};
use crate::case::Case;
use crate::commands::{Tally, EXIT_FAILED, EXIT_INPUT, EXIT_OK};
use crate::diff::{compare, Verdict};

/// Extracts the sessions with the interpreter's own `doctest` module; prints JSON.
const EXTRACT: &str = r#"
import doctest, importlib.util, json, os, sys
sessions = []
for path in sys.argv[1:]:
    name = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location("yieldspec_doctests_" + name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for test in doctest.DocTestFinder().find(module):
        # examples that are deliberate syntax errors cannot be part of a module-sized session
        examples = []
        for e in test.examples:
            try:
                compile(e.source, "<example>", "exec", dont_inherit=True)
                examples.append(e.source)
            except SyntaxError:
                pass
        if examples:
            sessions.append({"file": os.path.basename(path), "name": test.name, "source": "".join(examples)})
print(json.dumps(sessions))
"#;

/// Where the installed CPython keeps a test module.
const LOCATE: &str = r#"
import importlib.util, sys
for name in sys.argv[1:]:
    spec = importlib.util.find_spec("test." + name)
    print(spec.origin if spec else "")
"#;

/// One doctest session.
#[derive(Clone, Debug, Deserialize)]
pub struct Session {
    pub file: String,
    pub name: String,
    pub source: String,
}

/// What the command needs.
pub struct DoctestConfig<'a> {
    pub left: &'a BackendSpec,
    pub right: &'a BackendSpec,
    pub run: &'a RunConfig,
    /// Interpreter used to find and read the test files.
    pub python: &'a str,
    /// Test files; empty means the installed `test_generators.py` and `test_genexps.py`, and
    /// `test_coroutines.py` and `test_asyncgen.py` where installed.
    pub files: &'a [PathBuf],
    /// Print the name of every session and its verdict.
    pub verbose: bool,
}

/// Run `python -c code args…` and return its stdout; it gets three times `limit` (the run's
/// `--timeout`: reading and parsing the test files takes longer than a case) before it is
/// killed.
fn python(python: &str, code: &str, args: &[String], limit: Duration) -> Result<String, Error> {
    use std::io::Read;
    let mut child = Command::new(python)
        .arg("-c")
        .arg(code)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Error::Backend(format!("cannot run {python}: {e}")))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let errs = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let limit = limit.saturating_mul(3);
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Backend(format!(
                    "{python} did not finish within {} s",
                    limit.as_secs_f64()
                )));
            }
            Err(e) => return Err(Error::Backend(format!("cannot wait for {python}: {e}"))),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = errs.join().unwrap_or_default();
    if !status.success() {
        return Err(Error::Backend(format!(
            "{python} failed: {}",
            String::from_utf8_lossy(&stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&stdout).into_owned())
}

/// The test files read by default: the generator tests, which every CPython since 2.x has, and
/// the coroutine and async generator tests, read when installed (none of CPython 3.8-3.13's
/// `test_coroutines.py`/`test_asyncgen.py` holds a doctest session today; if one ever does,
/// it is run like the others).
const REQUIRED: [&str; 2] = ["test_generators", "test_genexps"];
const OPTIONAL: [&str; 2] = ["test_coroutines", "test_asyncgen"];

/// The test files to read: the given ones, or the installed ones of [`REQUIRED`] and
/// [`OPTIONAL`].
fn test_files(config: &DoctestConfig) -> Result<Vec<String>, Error> {
    if !config.files.is_empty() {
        return Ok(config
            .files
            .iter()
            .map(|p| p.display().to_string())
            .collect());
    }
    let names: Vec<String> = REQUIRED
        .iter()
        .chain(OPTIONAL.iter())
        .map(|n| n.to_string())
        .collect();
    let found = python(config.python, LOCATE, &names, config.run.timeout)?;
    let found: Vec<&str> = found.lines().collect();
    if found.len() != names.len() || found[..REQUIRED.len()].iter().any(|l| l.is_empty()) {
        return Err(Error::Backend(format!(
            "{} has no test_generators/test_genexps (its test package is not installed)",
            config.python
        )));
    }
    Ok(found
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

/// The sessions of the given (or installed) test files, and the files read.
pub fn sessions(config: &DoctestConfig) -> Result<(Vec<Session>, Vec<String>), Error> {
    let files = test_files(config)?;
    let json = python(config.python, EXTRACT, &files, config.run.timeout)?;
    let sessions = serde_json::from_str(&json)
        .map_err(|e| Error::Backend(format!("unreadable sessions: {e}")))?;
    Ok((sessions, files))
}

/// `yieldspec doctests`: compare the sessions on two backends; print the matching count.
pub fn command(config: &DoctestConfig, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (sessions, files) = match sessions(config) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let (mut left, mut right) = match (
        open(config.left, config.run),
        open(config.right, config.run),
    ) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let mut tally = Tally::default();
    for session in &sessions {
        let case = Case::from_source(&format!("{}.py", session.name), session.source.clone());
        let verdict = compare(
            &run_normalized(left.as_mut(), &case),
            &run_normalized(right.as_mut(), &case),
        );
        tally.add(&verdict);
        if config.verbose {
            let what = match &verdict {
                Verdict::Same => "same".to_string(),
                Verdict::Differ => "differ".to_string(),
                Verdict::NotRun(kind) => kind.as_str().to_string(),
                Verdict::BadInput(e) => format!("bad input {e}"),
            };
            let _ = writeln!(out, "{}: {}: {what}", session.file, session.name);
        }
    }
    let _ = writeln!(
        out,
        "{} of {} doctest sessions give the same trace on {} and {} ({})",
        tally.passed,
        sessions.len(),
        left.name(),
        right.name(),
        tally.summary()
    );
    let per_file: Vec<String> = files
        .iter()
        .map(|path| {
            let base = std::path::Path::new(path)
                .file_name()
                .map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
            let n = sessions.iter().filter(|s| s.file == base).count();
            format!("{base} {n}")
        })
        .collect();
    let _ = writeln!(out, "sessions per file: {}", per_file.join(", "));
    if tally.passed == sessions.len() {
        EXIT_OK
    } else {
        EXIT_FAILED
    }
}
