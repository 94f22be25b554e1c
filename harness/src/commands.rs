//! The `run`, `diff` and `record` commands: cases in, traces / diffs / reference files out,
//! and an exit code (0 all good, 1 some case differed or could not run, 2 bad input). `diff`
//! of the engine against CPython counts the cases on the known-failures list as known.

use crate::error::Error;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use yieldspec_engine::PythonVersion;
use yieldspec_trace::text::{render, render_partial};
use yieldspec_trace::{Outcome, OutcomeKind};

use crate::backend::{open, run_normalized, Backend, BackendSpec, RunConfig};
use crate::case::{discover_noting, load, Case};
use crate::diff::{compare, outcome_body, unified, Paint, Verdict};
use crate::interrupt::EXIT_INTERRUPTED;
use crate::known_failures::{Entry, KnownFailureScope};
use crate::metadata::parse as parse_metadata;
use crate::reference;

/// Exit codes.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILED: i32 = 1;
pub const EXIT_INPUT: i32 = 2;

/// Options every command shares.
#[derive(Clone, Debug)]
pub struct CommonOptions {
    pub run: RunConfig,
    pub json: bool,
    pub color: bool,
}

/// Load every case named by `paths`; unreadable files are reported and skipped (the rest
/// still run), a missing path stops the command.
fn cases(paths: &[PathBuf], err: &mut dyn Write) -> Result<(Vec<Case>, bool), Error> {
    let found = discover_noting(paths)?;
    for note in &found.notes {
        let _ = writeln!(err, "{note}");
    }
    let files = found.files;
    if files.is_empty() {
        return Err(Error::Input("no .py case files found".into()));
    }
    let mut bad = found.unreadable;
    let mut loaded = Vec::new();
    for file in files {
        match load(&file) {
            Ok(case) => loaded.push(case),
            Err(e) => {
                bad = true;
                let _ = writeln!(err, "error: {e}");
            }
        }
    }
    Ok((loaded, bad))
}

fn syntax_error_line(case: &Case, outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::SyntaxError {
            message, location, ..
        } => Some(format!(
            "{}:{}:{}: syntax error: {message}",
            case.file.path.display(),
            location.line,
            location.column
        )),
        _ => None,
    }
}

/// `yieldspec run`: print each case's trace on one backend.
pub fn run(
    spec: &BackendSpec,
    paths: &[PathBuf],
    opts: &CommonOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (cases, mut bad_input) = match cases(paths, err) {
        Ok(c) => c,
        Err(e) => return input_error(err, e.to_string()),
    };
    let mut backend = match open(spec, &opts.run) {
        Ok(b) => b,
        Err(e) => return input_error(err, &e),
    };
    let mut incomplete = false;
    for case in &cases {
        let outcome = run_normalized(backend.as_mut(), case);
        if crate::interrupt::requested() {
            return interrupted(err, case);
        }
        if let Some(line) = syntax_error_line(case, &outcome) {
            bad_input = true;
            let _ = writeln!(err, "{line}");
            continue;
        }
        incomplete |= outcome.kind() != OutcomeKind::Completed;
        if opts.json {
            let record = serde_json::json!({
                "case": case.file.id.display().to_string(),
                "backend": backend.name(),
                "outcome": outcome,
            });
            let _ = writeln!(out, "{record}");
            continue;
        }
        let _ = writeln!(out, "## {} on {}", case.file.path.display(), backend.name());
        match &outcome {
            Outcome::Completed { trace } => {
                let _ = write!(out, "{}", render(trace));
            }
            Outcome::Timeout { partial, .. } | Outcome::Memory { partial, .. } => {
                let _ = write!(out, "{}", render_partial(partial));
                let _ = writeln!(out, "!!! {}", outcome.reason().unwrap_or_default());
            }
            other => {
                let _ = writeln!(out, "!!! {}", other.reason().unwrap_or_default());
            }
        }
    }
    exit_code(bad_input, incomplete)
}

/// Counts of verdicts for the closing line.
#[derive(Default, Debug)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
    pub not_run: BTreeMap<OutcomeKind, usize>,
    pub bad_input: usize,
    /// Listed cases that failed (differed or did not run on the engine); counted when a
    /// known-failures list covers the comparison (`Some`), else `None`.
    pub known: Option<usize>,
    /// Listed cases that passed.
    pub unexpectedly_passing: usize,
    /// Cases whose `# python:` bounds exclude a backend's language version (not run).
    pub skipped: usize,
}

impl Tally {
    pub fn add(&mut self, verdict: &Verdict) {
        match verdict {
            Verdict::Same => self.passed += 1,
            Verdict::Differ => self.failed += 1,
            Verdict::NotRun(kind) => *self.not_run.entry(*kind).or_default() += 1,
            Verdict::BadInput(_) => self.bad_input += 1,
        }
    }

    fn add_judged(&mut self, judged: &Judged) {
        match judged {
            Judged::Plain(verdict) => self.add(verdict),
            Judged::Known(_) => *self.known.get_or_insert(0) += 1,
            Judged::UnexpectedlyPassing(_) => self.unexpectedly_passing += 1,
        }
    }

    /// Whether the run failed: a difference, a case that could not run, or a listed case that
    /// passes (its entry must go). Known failures alone do not fail it.
    pub fn failing(&self) -> bool {
        self.failed > 0 || !self.not_run.is_empty() || self.unexpectedly_passing > 0
    }

    /// `N passed, M failed` (`, K known` under a known-failures list) then the other counts
    /// that are not zero.
    pub fn summary(&self) -> String {
        let mut line = format!("{} passed, {} failed", self.passed, self.failed);
        if let Some(known) = self.known {
            line.push_str(&format!(", {known} known"));
        }
        if self.unexpectedly_passing > 0 {
            line.push_str(&format!(
                ", {} unexpectedly passing",
                self.unexpectedly_passing
            ));
        }
        for (kind, n) in &self.not_run {
            line.push_str(&format!(", {n} {}", kind.as_str()));
        }
        if self.bad_input > 0 {
            line.push_str(&format!(", {} bad input", self.bad_input));
        }
        if self.skipped > 0 {
            line.push_str(&format!(", {} skipped (python: bounds)", self.skipped));
        }
        line
    }
}

/// What `diff` compares, and how.
#[derive(Clone, Debug)]
pub struct DiffConfig<'a> {
    pub left: &'a BackendSpec,
    pub right: &'a BackendSpec,
    /// Ignore the known-failures list: every listed case counts like any other.
    pub strict: bool,
}

/// A verdict after the known-failures list had its say.
#[derive(Clone, Debug)]
enum Judged {
    Plain(Verdict),
    /// A listed case that failed on the engine.
    Known(Entry),
    /// A listed case that passed.
    UnexpectedlyPassing(Entry),
}

/// Which side of a comparison runs the engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// The known-failures scope of a comparison of the engine with CPython of the engine's target
/// version, and the engine's side; None for other comparisons (a note on stderr when the
/// versions differ: the list does not describe that comparison).
fn known_scope(
    (left, lb): (&BackendSpec, &dyn Backend),
    (right, rb): (&BackendSpec, &dyn Backend),
    files: &[Case],
    err: &mut dyn Write,
) -> Result<Option<(KnownFailureScope, Side)>, Error> {
    let is_cpython = |b: &dyn Backend| b.describe().to_lowercase().starts_with("cpython ");
    let (engine, cpython, side) = match (left, right) {
        (BackendSpec::Engine(_), _) if is_cpython(rb) => (lb, rb, Side::Left),
        (_, BackendSpec::Engine(_)) if is_cpython(lb) => (rb, lb, Side::Right),
        _ => return Ok(None),
    };
    let Ok(target) = engine.python_version().parse() else {
        return Ok(None);
    };
    if cpython.python_version() != engine.python_version() {
        let _ = writeln!(
            err,
            "note: {} targets Python {} but {} is CPython {}: the known-failures list does not \
             cover this comparison, so listed cases count as failures",
            engine.name(),
            engine.python_version(),
            cpython.name(),
            cpython.python_version()
        );
        return Ok(None);
    }
    let files: Vec<_> = files.iter().map(|c| c.file.clone()).collect();
    Ok(Some((KnownFailureScope::load(target, &files)?, side)))
}

/// The verdict on `case` given the list: a listed case that failed on the engine is known
/// (not when CPython's side could not run it: that is no failure of the engine's), one that
/// passed is unexpectedly passing.
fn judge(
    scope: Option<&(KnownFailureScope, Side)>,
    case: &Case,
    verdict: Verdict,
    (lo, ro): (&Outcome, &Outcome),
) -> Judged {
    let Some((scope, side)) = scope else {
        return Judged::Plain(verdict);
    };
    let Some(entry) = scope.entry(&case.file) else {
        return Judged::Plain(verdict);
    };
    let cpython = if *side == Side::Left { ro } else { lo };
    let cpython_ran = matches!(
        cpython.kind(),
        OutcomeKind::Completed | OutcomeKind::SyntaxError
    );
    match verdict {
        Verdict::Same => Judged::UnexpectedlyPassing(entry),
        Verdict::Differ | Verdict::NotRun(_) if cpython_ran => Judged::Known(entry),
        other => Judged::Plain(other),
    }
}

/// `yieldspec diff`: run each case on two backends and show where their traces part.
pub fn diff(
    config: &DiffConfig,
    paths: &[PathBuf],
    opts: &CommonOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (cases, mut bad_input) = match cases(paths, err) {
        Ok(c) => c,
        Err(e) => return input_error(err, e.to_string()),
    };
    let (mut lb, mut rb) = match (open(config.left, &opts.run), open(config.right, &opts.run)) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return input_error(err, &e),
    };
    let scope = if config.strict {
        None
    } else {
        match known_scope(
            (config.left, lb.as_ref()),
            (config.right, rb.as_ref()),
            &cases,
            err,
        ) {
            Ok(scope) => scope,
            Err(e) => return input_error(err, &e),
        }
    };
    let paint = Paint(opts.color);
    let mut tally = Tally {
        known: scope.as_ref().map(|_| 0),
        ..Tally::default()
    };
    let versions: Vec<PythonVersion> = [lb.python_version(), rb.python_version()]
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    for case in &cases {
        // A case meant for other CPython versions (its `# python:` bounds) is not compared
        // on a backend of a version outside them, as `record` does not record it.
        let bounds = crate::metadata::parse(&case.source).ok().map(|m| m.python);
        if let Some(range) = bounds.filter(|r| versions.iter().any(|v| !r.contains(*v))) {
            tally.skipped += 1;
            if !opts.json {
                let bounds: Vec<String> = [
                    range.min.map(|v| format!(">={v}")),
                    range.below.map(|v| format!("<{v}")),
                ]
                .into_iter()
                .flatten()
                .collect();
                let _ = writeln!(
                    out,
                    "skipped {}: its `# python: {}` excludes a backend's version",
                    case.file.path.display(),
                    bounds.join(",")
                );
            }
            continue;
        }
        let (lo, ro) = (
            run_normalized(lb.as_mut(), case),
            run_normalized(rb.as_mut(), case),
        );
        if crate::interrupt::requested() {
            return interrupted(err, case);
        }
        let verdict = compare(&lo, &ro);
        if let Verdict::BadInput(_) = verdict {
            bad_input = true;
            if let Some(line) = syntax_error_line(case, &lo) {
                let _ = writeln!(err, "{line}");
            }
        }
        let judged = judge(scope.as_ref(), case, verdict, (&lo, &ro));
        tally.add_judged(&judged);
        if opts.json {
            let (name, known) = match &judged {
                Judged::Plain(v) => (verdict_name(v), None),
                Judged::Known(e) => ("known failure".into(), Some(e)),
                Judged::UnexpectedlyPassing(e) => ("unexpectedly passing".into(), Some(e)),
            };
            let mut record = serde_json::json!({
                "case": case.file.id.display().to_string(),
                "verdict": name,
                "left": lo,
                "right": ro,
            });
            if let Some(entry) = known {
                record["known_failure"] =
                    serde_json::json!({ "entry": entry.key, "reason": entry.reason });
            }
            let _ = writeln!(out, "{record}");
            continue;
        }
        let path = case.file.path.display();
        match &judged {
            Judged::Plain(verdict) => report_verdict(
                case,
                verdict,
                (lb.as_ref(), &lo),
                (rb.as_ref(), &ro),
                paint,
                out,
            ),
            Judged::Known(entry) => {
                let _ = writeln!(out, "known failure {path}: {}", entry.reason);
            }
            Judged::UnexpectedlyPassing(entry) => {
                let line = format!(
                    "unexpectedly passing {path}: listed as `{}` in known-failures.txt ({}); \
                     remove the line",
                    entry.key, entry.reason
                );
                let _ = writeln!(out, "{}", paint.bold(&line));
            }
        }
    }
    if opts.json {
        let summary = serde_json::json!({
            "summary": tally.summary(),
            "passed": tally.passed,
            "failed": tally.failed,
            "known": tally.known,
            "unexpectedly_passing": tally.unexpectedly_passing,
            "skipped": tally.skipped,
        });
        let _ = writeln!(out, "{summary}");
    } else {
        let _ = writeln!(out, "{}", tally.summary());
    }
    exit_code(bad_input, tally.failing())
}

fn verdict_name(v: &Verdict) -> String {
    match v {
        Verdict::Same => "same".into(),
        Verdict::Differ => "differ".into(),
        Verdict::NotRun(kind) => kind.as_str().into(),
        Verdict::BadInput(_) => "bad input".into(),
    }
}

fn report_verdict(
    case: &Case,
    verdict: &Verdict,
    left: (&dyn Backend, &Outcome),
    right: (&dyn Backend, &Outcome),
    paint: Paint,
    out: &mut dyn Write,
) {
    let path = case.file.path.display();
    match verdict {
        Verdict::Same | Verdict::BadInput(_) => {}
        Verdict::Differ => {
            let _ = writeln!(out, "{}", paint.bold(&format!("FAIL {path}")));
            let text = unified(
                &format!("{} ({})", left.0.name(), left.0.describe()),
                &format!("{} ({})", right.0.name(), right.0.describe()),
                &outcome_body(left.1),
                &outcome_body(right.1),
                paint.0,
            );
            let _ = write!(out, "{text}");
        }
        Verdict::NotRun(kind) => {
            for (backend, outcome) in [left, right] {
                if let Some(reason) = outcome.reason() {
                    let _ = writeln!(
                        out,
                        "{} {path} on {}: {reason}",
                        kind.as_str().to_uppercase(),
                        backend.name()
                    );
                }
            }
        }
    }
}

/// `yieldspec record`: write each case's outcome as a reference file.
pub fn record(
    spec: &BackendSpec,
    out_dir: Option<&Path>,
    paths: &[PathBuf],
    opts: &CommonOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (cases, mut bad_input) = match cases(paths, err) {
        Ok(c) => c,
        Err(e) => return input_error(err, e.to_string()),
    };
    let mut backend = match open(spec, &opts.run) {
        Ok(b) => b,
        Err(e) => return input_error(err, &e),
    };
    let dir = match out_dir {
        Some(d) => d.to_path_buf(),
        None => default_reference_dir(spec, backend.as_ref()),
    };
    // Resolved now: a case that changes the working directory must not move the output.
    let dir = match std::path::absolute(&dir) {
        Ok(d) => d,
        Err(e) => return input_error(err, format!("{}: {e}", dir.display())),
    };
    if let Err(e) = unique_ids(&cases) {
        return input_error(err, &e);
    }
    let mut incomplete = false;
    let version = backend.python_version().parse().ok();
    for case in &cases {
        if let (Ok(meta), Some(v)) = (parse_metadata(&case.source), version) {
            if !meta.python.contains(v) {
                let _ = writeln!(
                    out,
                    "skip {} (not for Python {v})",
                    case.file.path.display()
                );
                continue;
            }
        }
        let outcome = run_normalized(backend.as_mut(), case);
        if crate::interrupt::requested() {
            return interrupted(err, case);
        }
        if let Some(line) = syntax_error_line(case, &outcome) {
            bad_input = true;
            let _ = writeln!(err, "{line}");
            continue;
        }
        if let Some(reason) = outcome.reason() {
            incomplete = true;
            let _ = writeln!(err, "warning: {}: {reason}", case.file.path.display());
        }
        match reference::write(&dir, &case.file.id, &outcome) {
            Ok(file) => {
                let _ = writeln!(out, "wrote {}", file.display());
            }
            Err(e) => {
                let _ = writeln!(err, "error: {}: {e}", dir.display());
                return EXIT_INPUT;
            }
        }
    }
    exit_code(bad_input, incomplete)
}

/// `reference/cpython-X.Y` for CPython, `reference/<backend name>` otherwise.
/// `reference/<implementation>-<major.minor>`: `cpython-3.12`, `pypy-3.9`, `engine-3.11`.
fn default_reference_dir(spec: &BackendSpec, backend: &dyn Backend) -> PathBuf {
    let implementation = match spec {
        BackendSpec::Engine(_) => "engine".to_string(),
        _ => backend
            .describe()
            .split_whitespace()
            .next()
            .unwrap_or("python")
            .to_lowercase(),
    };
    PathBuf::from("reference").join(format!("{implementation}-{}", backend.python_version()))
}

/// Two cases with one id would write one reference file.
fn unique_ids(cases: &[Case]) -> Result<(), Error> {
    let mut seen: BTreeMap<&Path, &Path> = BTreeMap::new();
    for case in cases {
        if let Some(first) = seen.insert(&case.file.id, &case.file.path) {
            return Err(Error::Input(format!(
                "{} and {} would both be recorded as {}: record them separately, with --out",
                first.display(),
                case.file.path.display(),
                case.file.id.display()
            )));
        }
    }
    Ok(())
}

/// The run was stopped by Ctrl-C during `case`: nothing of it is reported.
pub fn interrupted(err: &mut dyn Write, case: &Case) -> i32 {
    let _ = writeln!(
        err,
        "interrupted while running {}; it and the cases after it are not reported",
        case.file.path.display()
    );
    EXIT_INTERRUPTED
}

fn input_error(err: &mut dyn Write, message: impl std::fmt::Display) -> i32 {
    let _ = writeln!(err, "error: {message}");
    EXIT_INPUT
}

fn exit_code(bad_input: bool, failed: bool) -> i32 {
    if bad_input {
        EXIT_INPUT
    } else if failed {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}
