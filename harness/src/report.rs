//! `yieldspec report`: a conformance report of one backend against the recorded CPython
//! references of the same language version — pass rate per feature tag and per area, and every
//! differing case with its first differing event and the one command that reproduces it — as
//! markdown and JSON; and `report --compare OLD.json NEW.json`, what got fixed and what broke.
//! For the engine against its own target version, cases on the known-failures list are marked
//! (`known failure` with the list's reason, or `unexpectedly passing`) unless `--strict`.

use crate::error::Error;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

use crate::backend::{open, run_normalized, BackendSpec, RunConfig};
use crate::case::{discover, load};
use crate::commands::{EXIT_INPUT, EXIT_OK};
use crate::diff::outcome_body;
use crate::finalization::Finalization;
use crate::known_failures::KnownFailureScope;
use crate::matrix::recorded_versions;
use crate::metadata::parse as parse_metadata;
use crate::reference;
use yieldspec_engine::PythonVersion;

/// The JSON form of a report.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    /// Backend name as given (`process:pypy3`).
    pub backend: String,
    /// What really ran (`pypy 3.9.16 …`).
    pub implementation: String,
    /// The reference it was compared with (`cpython-3.9`).
    pub reference: String,
    /// The language version the implementation reports (`3.9`).
    #[serde(default)]
    pub language: String,
    /// Date of the run (UTC, YYYY-MM-DD).
    pub date: String,
    /// What the backend's tracer cannot observe (MicroPython's reduced tracer): a case whose
    /// reference holds such events and that differs is `not observable`, not a failure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// The command that wrote it (to regenerate it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub command: String,
    pub cases: BTreeMap<String, CaseResult>,
}

/// The status of a differing case whose reference holds events the tracer cannot observe.
pub const NOT_OBSERVABLE: &str = "not observable";

/// Which of the tracer's `limits` the reference trace `expected` runs into, if any.
fn unobservable<'a>(limits: &'a [String], expected: &str) -> Option<&'a str> {
    limits.iter().map(String::as_str).find(|limit| {
        let prefixes: &[&str] = match *limit {
            "warnings" => &["warning "],
            "unraisable" => &["unraisable "],
            "exception chaining" => &["  cause: ", "  context: ", "  suppress_context: "],
            _ => &[],
        };
        expected
            .lines()
            .any(|l| prefixes.iter().any(|p| l.starts_with(p)))
    })
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CaseResult {
    /// `pass`, `fail`, `no reference`, or the outcome kind that prevented a trace.
    pub status: String,
    pub tags: Vec<String>,
    /// For failures: the statement where the traces part, and the first expected/actual lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_difference: Option<String>,
    /// The known-failures list's reason, when the case is listed for this comparison (then a
    /// failing case is a known failure, a passing one is unexpectedly passing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known_failure: Option<String>,
}

impl CaseResult {
    fn passed(&self) -> bool {
        self.status == "pass"
    }

    /// A listed case that does not pass.
    pub fn is_known_failure(&self) -> bool {
        self.known_failure.is_some() && !self.passed()
    }

    /// A listed case that passes.
    pub fn is_unexpectedly_passing(&self) -> bool {
        self.known_failure.is_some() && self.passed()
    }
}

/// What `report` needs besides the cases.
pub struct ReportConfig<'a> {
    pub backend: &'a BackendSpec,
    pub run: &'a RunConfig,
    pub reference_root: &'a Path,
    /// The CPython version to compare with; default: the backend's own, or the newest recorded
    /// one below it.
    pub against: Option<PythonVersion>,
    pub out_dir: &'a Path,
    /// Ignore the known-failures list.
    pub strict: bool,
    /// The command line that asked for the report (kept in it, to regenerate it).
    pub command: String,
}

/// The newest recorded CPython version not newer than `v` (`v` itself when it is recorded).
fn closest_recorded(root: &Path, v: PythonVersion) -> Option<PythonVersion> {
    recorded_versions(root)
        .into_iter()
        .filter(|r| *r <= v)
        .max()
}

/// Run the cases on the backend and build the report.
pub fn build(paths: &[PathBuf], config: &ReportConfig) -> Result<Report, Error> {
    let mut backend = open(config.backend, config.run)?;
    let limits = backend.limits();
    let version = backend.python_version();
    let language: Option<PythonVersion> = version.parse().ok();
    let against = match (config.against, language) {
        (Some(v), _) => v,
        (None, Some(v)) => closest_recorded(config.reference_root, v)
            .ok_or_else(|| format!("no reference/cpython-X.Y at or below {v}: record one first"))?,
        (None, None) => {
            return Err(Error::from(format!(
                "{}: unknown language version {version:?}",
                config.backend
            )))
        }
    };
    let mut reference_name = format!("cpython-{against}");
    let dir = config.reference_root.join(&reference_name);
    let files = discover(paths)?;
    // the list describes the engine against CPython of the engine's own target version
    let engine_at_its_target = matches!(config.backend, BackendSpec::Engine(_))
        && language == Some(against)
        && !config.strict;
    let known = if engine_at_its_target {
        Some(KnownFailureScope::load(against, &files)?)
    } else {
        None
    };
    // The recorded references have CPython's exact finalization timing; in another mode the
    // reference is run live on that CPython version, in the same mode.
    let mut live = match config.run.finalization {
        Finalization::Exact => None,
        mode => {
            let spec = BackendSpec::Process(format!("python{against}"));
            reference_name = format!("cpython-{against} ({spec}, --finalization {mode}{LIVE}");
            Some(open(&spec, config.run)?)
        }
    };
    let mut cases = BTreeMap::new();
    for file in files {
        let known_failure = known
            .as_ref()
            .and_then(|k| k.entry(&file))
            .map(|e| e.reason);
        let case = load(&file)?;
        let meta = parse_metadata(&case.source).ok();
        // cases meant for other versions only (`# python:` bounds) are not counted
        if meta.as_ref().is_some_and(|m| !m.python.contains(against)) {
            continue;
        }
        let tags = meta.map(|m| m.tags).unwrap_or_default();
        let id = file.id.display().to_string();
        let expected = match live.as_mut() {
            Some(reference) => Some(outcome_body(&run_normalized(reference.as_mut(), &case))),
            None => reference::read_body(&dir, &file.id)
                .map_err(|e| Error::io(&reference::path(&dir, &file.id), e))?,
        };
        let Some(expected) = expected else {
            let status = "no reference".to_string();
            cases.insert(
                id,
                CaseResult {
                    status,
                    tags,
                    first_difference: None,
                    known_failure,
                },
            );
            continue;
        };
        let outcome = run_normalized(backend.as_mut(), &case);
        let got = outcome_body(&outcome);
        let blind = unobservable(&limits, &expected).filter(|_| outcome.trace().is_some());
        let result = if got == expected {
            CaseResult {
                status: "pass".into(),
                tags,
                first_difference: None,
                known_failure,
            }
        } else if let Some(reason) = outcome.reason().filter(|_| outcome.trace().is_none()) {
            CaseResult {
                status: outcome.kind().as_str().into(),
                tags,
                first_difference: Some(reason),
                known_failure,
            }
        } else if let Some(limit) = blind {
            CaseResult {
                status: NOT_OBSERVABLE.into(),
                tags,
                first_difference: Some(format!(
                    "the reference has {limit}, which the tracer cannot observe here; {}",
                    first_difference(&expected, &got)
                )),
                known_failure,
            }
        } else {
            CaseResult {
                status: "fail".into(),
                tags,
                first_difference: Some(first_difference(&expected, &got)),
                known_failure,
            }
        };
        cases.insert(id, result);
    }
    Ok(Report {
        backend: config.backend.to_string(),
        implementation: backend.describe(),
        reference: reference_name,
        language: version,
        date: today(),
        limits,
        command: config.command.clone(),
        cases,
    })
}

/// `statement: expected X, got Y` for the first hunk of difference.
pub fn first_difference(expected: &str, got: &str) -> String {
    let diff = TextDiff::from_lines(expected, got);
    let mut statement = String::new();
    let (mut minus, mut plus) = (None, None);
    for change in diff.iter_all_changes() {
        let line = change.value().trim_end_matches('\n');
        match change.tag() {
            ChangeTag::Equal
                if minus.is_none()
                    && plus.is_none()
                    && (line.starts_with(">>> ")
                        || line.starts_with("--- ")
                        || line == "=== end") =>
            {
                statement = line.to_string();
            }
            ChangeTag::Equal if minus.is_none() && plus.is_none() => {}
            ChangeTag::Equal => break,
            ChangeTag::Delete if minus.is_none() => minus = Some(line.to_string()),
            ChangeTag::Insert if plus.is_none() => plus = Some(line.to_string()),
            _ => {}
        }
    }
    let show = |l: Option<String>| l.map_or("(nothing)".to_string(), |l| format!("`{l}`"));
    format!(
        "at `{statement}`: expected {}, got {}",
        show(minus),
        show(plus)
    )
}

/// How the name of a reference run live (not recorded) ends.
const LIVE: &str = ", run live)";

/// The markdown form.
pub fn markdown(report: &Report) -> String {
    let mut md = String::new();
    let blind = (report.cases.values())
        .filter(|c| c.status == NOT_OBSERVABLE)
        .count();
    let total = report.cases.len() - blind;
    let passed = report.cases.values().filter(|c| c.status == "pass").count();
    md.push_str(&format!(
        "# Generator conformance: `{}`\n\n- implementation: {}\n- compared with: {}{} references (language version of the implementation: {})\n- date: {}\n- result: {passed} of {total} cases pass ({}){}\n",
        report.backend,
        report.implementation,
        if report.reference.ends_with(LIVE) { "" } else { "recorded " },
        report.reference,
        report.language,
        report.date,
        percent(passed, total),
        known_summary(report)
    ));
    if !report.command.is_empty() {
        md.push_str(&format!("- command: `{}`\n", report.command));
    }
    if !report.limits.is_empty() {
        md.push_str(&format!(
            "- not observable with this implementation's tracer: {}; {blind} cases whose \
             reference holds such events differ and are counted as `{NOT_OBSERVABLE}` (not in \
             the figures above or below)\n",
            report.limits.join(", ")
        ));
    }
    md.push('\n');
    let mut per_tag: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut per_area: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (id, c) in report
        .cases
        .iter()
        .filter(|(_, c)| c.status != NOT_OBSERVABLE)
    {
        let pass = usize::from(c.status == "pass");
        for t in &c.tags {
            let e = per_tag.entry(t).or_default();
            e.0 += pass;
            e.1 += 1;
        }
        let area = id.split('/').next().unwrap_or("");
        let e = per_area.entry(area).or_default();
        e.0 += pass;
        e.1 += 1;
    }
    for (title, table) in [("feature tag", &per_tag), ("area", &per_area)] {
        md.push_str(&format!(
            "## Per {title}\n\n| {title} | pass | cases | % |\n|---|---:|---:|---:|\n"
        ));
        for (k, (p, n)) in table {
            md.push_str(&format!("| {k} | {p} | {n} | {} |\n", percent(*p, *n)));
        }
        md.push('\n');
    }
    md.push_str("## Cases that differ\n\nEach reproduces with the command under it.\n\n");
    let reference_backend = format!(
        "process:python{}",
        report.reference.trim_start_matches("cpython-")
    );
    let differing = report
        .cases
        .iter()
        .filter(|(_, c)| c.status != "pass" && !c.is_known_failure());
    for (id, c) in differing {
        let detail = c.first_difference.as_deref().unwrap_or("");
        let what = if detail.starts_with(&c.status) {
            detail.to_string()
        } else {
            format!("{}: {detail}", c.status)
        };
        md.push_str(&format!(
            "- `{id}` — {what}\n  `yieldspec diff --left {reference_backend} --right {} cases/{id}`\n",
            report.backend
        ));
    }
    known_sections(report, &mut md);
    md
}

/// `; K known failures, U unexpectedly passing` for the result line (empty when none).
fn known_summary(report: &Report) -> String {
    let known = report
        .cases
        .values()
        .filter(|c| c.is_known_failure())
        .count();
    let unexpected = (report.cases.values())
        .filter(|c| c.is_unexpectedly_passing())
        .count();
    let mut text = String::new();
    if known > 0 {
        text.push_str(&format!(
            "; {known} of the others are known failures (cases/known-failures.txt)"
        ));
    }
    if unexpected > 0 {
        text.push_str(&format!(
            "; {unexpected} listed as known failures pass unexpectedly"
        ));
    }
    text
}

/// The sections listing known failures and unexpectedly passing cases.
fn known_sections(report: &Report, md: &mut String) {
    type Pick = fn(&CaseResult) -> bool;
    let sections: [(&str, Pick); 2] = [
        (
            "Known failures (listed in cases/known-failures.txt)",
            CaseResult::is_known_failure,
        ),
        (
            "Unexpectedly passing (listed, but pass: remove their lines)",
            CaseResult::is_unexpectedly_passing,
        ),
    ];
    for (title, pick) in sections {
        let rows: Vec<_> = report.cases.iter().filter(|(_, c)| pick(c)).collect();
        if rows.is_empty() {
            continue;
        }
        md.push_str(&format!("\n## {title}\n\n"));
        for (id, c) in rows {
            let reason = c.known_failure.as_deref().unwrap_or_default();
            md.push_str(&format!("- `{id}` ({}) — {reason}\n", c.status));
        }
    }
}

pub(crate) fn percent(p: usize, n: usize) -> String {
    if n == 0 {
        "–".into()
    } else {
        format!("{:.1} %", 100.0 * p as f64 / n as f64)
    }
}

/// `yieldspec report --backend B PATH...`: write `<out>/<slug>.md` and `.json`.
pub fn command(
    paths: &[PathBuf],
    config: &ReportConfig,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let report = match build(paths, config) {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let slug: String = report
        .backend
        .trim_start_matches("process:")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let md_path = config.out_dir.join(format!("{slug}.md"));
    let json_path = config.out_dir.join(format!("{slug}.json"));
    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
    let written = std::fs::create_dir_all(config.out_dir)
        .and_then(|_| std::fs::write(&md_path, markdown(&report)))
        .and_then(|_| std::fs::write(&json_path, json + "\n"));
    if let Err(e) = written {
        let _ = writeln!(err, "error: {}: {e}", config.out_dir.display());
        return EXIT_INPUT;
    }
    let passed = report.cases.values().filter(|c| c.status == "pass").count();
    let _ = writeln!(
        out,
        "{passed} of {} cases pass{}; wrote {} and {}",
        report.cases.len(),
        known_summary(&report),
        md_path.display(),
        json_path.display()
    );
    EXIT_OK
}

/// `yieldspec report --compare OLD.json NEW.json`: what got fixed, what broke.
pub fn compare(old: &Path, new: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let read = |p: &Path| -> Result<Report, Error> {
        let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
        serde_json::from_str(&text).map_err(|e| Error::invalid(p, e.to_string()))
    };
    let (old, new) = match (read(old), read(new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let status = |r: &Report, id: &str| r.cases.get(id).map(|c| c.status.clone());
    let mut ids: Vec<&String> = old.cases.keys().chain(new.cases.keys()).collect();
    ids.sort();
    ids.dedup();
    let (mut fixed, mut broken, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    for id in ids {
        match (status(&old, id), status(&new, id)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) if b == "pass" => fixed.push(format!("| {id} | {a} | pass |")),
            (Some(a), Some(b)) if a == "pass" => broken.push(format!("| {id} | pass | {b} |")),
            (a, b) => changed.push(format!(
                "| {id} | {} | {} |",
                a.unwrap_or_else(|| "(absent)".into()),
                b.unwrap_or_else(|| "(absent)".into())
            )),
        }
    }
    let count = |r: &Report| r.cases.values().filter(|c| c.status == "pass").count();
    let _ = writeln!(
        out,
        "# {} ({}) → {} ({})\n\npassing: {} → {} of {} → {}\n",
        old.implementation,
        old.date,
        new.implementation,
        new.date,
        count(&old),
        count(&new),
        old.cases.len(),
        new.cases.len()
    );
    for (title, rows) in [
        ("Fixed", &fixed),
        ("Broken", &broken),
        ("Otherwise changed", &changed),
    ] {
        let _ = writeln!(out, "## {title} ({})\n", rows.len());
        if !rows.is_empty() {
            let _ = writeln!(out, "| case | before | after |\n|---|---|---|");
            for r in rows.iter() {
                let _ = writeln!(out, "{r}");
            }
            let _ = writeln!(out);
        }
    }
    EXIT_OK
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // civil-from-days (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_difference_names_the_statement() {
        let e = ">>> 1: g = f()\n>>> 2: next(g)\nvalue 1\n=== end\n";
        let g = ">>> 1: g = f()\n>>> 2: next(g)\nvalue 2\n=== end\n";
        assert_eq!(
            first_difference(e, g),
            "at `>>> 2: next(g)`: expected `value 1`, got `value 2`"
        );
    }

    #[test]
    fn today_is_a_plausible_date() {
        let d = today();
        assert_eq!(d.len(), 10);
        assert!(d.as_str() >= "2024-01-01", "{d}");
    }
}
