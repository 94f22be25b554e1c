//! `yieldspec report --index --out DIR`: the index page of a folder of conformance reports —
//! one table, a column per implementation and a row per feature area (pass %), with what each
//! was compared with, its date and the command that regenerates it — written to DIR/README.md
//! from the JSON reports in DIR (nothing is run).

use crate::error::Error;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use crate::commands::{EXIT_INPUT, EXIT_OK};
use crate::report::{percent, Report, NOT_OBSERVABLE};

/// The reports in `dir` (every `*.json` that parses as one), by file name.
pub fn load(dir: &Path) -> Result<Vec<(String, Report)>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut reports = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let report: Report =
            serde_json::from_str(&text).map_err(|e| Error::invalid(&path, e.to_string()))?;
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        reports.push((stem, report));
    }
    reports.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(reports)
}

/// (passed, counted) of the cases for which `keep` holds; cases not observable by the
/// implementation's tracer are not counted.
fn tally(report: &Report, keep: impl Fn(&str) -> bool) -> (usize, usize) {
    let counted = report
        .cases
        .iter()
        .filter(|(id, c)| keep(id) && c.status != NOT_OBSERVABLE);
    counted.fold((0, 0), |(p, n), (_, c)| {
        (p + usize::from(c.status == "pass"), n + 1)
    })
}

fn area(id: &str) -> &str {
    id.split('/').next().unwrap_or("")
}

/// The markdown of the index.
pub fn markdown(reports: &[(String, Report)]) -> String {
    let mut md = String::from(
        "# Conformance of other implementations\n\n\
         Each column is one `yieldspec report` (its page: the column's link) of an \
         implementation's run of the cases under `cases/`, compared with recorded CPython \
         references of the language version it reports (or the one named), or with CPython run \
         live in the same finalization mode. A cell is the pass % of a feature area (cases \
         passed / cases counted); cases whose reference holds events the implementation's \
         tracer cannot observe are not counted (see its page). This page is written by \
         `yieldspec report --index --out docs/conformance` from the JSON reports next to it; \
         the command under the table regenerates each report.\n\n",
    );
    let areas: BTreeSet<&str> = reports
        .iter()
        .flat_map(|(_, r)| r.cases.keys().map(|id| area(id)))
        .collect();
    md.push_str("| area |");
    for (stem, r) in reports {
        md.push_str(&format!(" [`{}`]({stem}.md) |", r.backend));
    }
    md.push_str("\n|---|");
    md.push_str(&"---:|".repeat(reports.len()));
    md.push('\n');
    let mut row = |label: &str, cell: &dyn Fn(&Report) -> String| {
        md.push_str(&format!("| {label} |"));
        for (_, r) in reports {
            md.push_str(&format!(" {} |", cell(r)));
        }
        md.push('\n');
    };
    row("implementation", &|r| {
        r.implementation
            .split(['(', '['])
            .next()
            .unwrap_or("")
            .trim()
            .replace('|', "/")
    });
    row("compared with", &|r| {
        r.reference.split(" (").next().unwrap_or("").to_string()
    });
    row("date", &|r| r.date.clone());
    row("**all cases**", &|r| {
        let (p, n) = tally(r, |_| true);
        format!("**{}** ({p}/{n})", percent(p, n))
    });
    for a in &areas {
        row(a, &|r| {
            let (p, n) = tally(r, |id| area(id) == *a);
            if n == 0 {
                "–".into()
            } else {
                format!("{} ({p}/{n})", percent(p, n))
            }
        });
    }
    md.push_str("\n## Commands\n\n");
    let mut by_command: BTreeMap<&str, &str> = BTreeMap::new();
    for (_, r) in reports {
        by_command.insert(&r.backend, &r.command);
    }
    for (backend, command) in by_command {
        let command = if command.is_empty() {
            "(not recorded in the report)".to_string()
        } else {
            format!("`{command}`")
        };
        md.push_str(&format!("- `{backend}`: {command}\n"));
    }
    md
}

/// Write `dir/README.md` from the reports in `dir`.
pub fn command(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let reports = match load(dir) {
        Ok(r) if !r.is_empty() => r,
        Ok(_) => {
            let _ = writeln!(err, "error: {}: no JSON reports", dir.display());
            return EXIT_INPUT;
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let path = dir.join("README.md");
    if let Err(e) = std::fs::write(&path, markdown(&reports)) {
        let _ = writeln!(err, "error: {}: {e}", path.display());
        return EXIT_INPUT;
    }
    let _ = writeln!(out, "wrote {} ({} reports)", path.display(), reports.len());
    EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::CaseResult;

    fn case(status: &str) -> CaseResult {
        CaseResult {
            status: status.into(),
            tags: Vec::new(),
            first_difference: None,
            known_failure: None,
        }
    }

    #[test]
    fn cells_count_passes_per_area_without_unobservable_cases() {
        let mut cases = BTreeMap::new();
        cases.insert("close/a.py".to_string(), case("pass"));
        cases.insert("close/b.py".to_string(), case("fail"));
        cases.insert("close/c.py".to_string(), case(NOT_OBSERVABLE));
        cases.insert("send/a.py".to_string(), case("error"));
        let report = Report {
            backend: "process:x".into(),
            implementation: "x 1.0 (build)".into(),
            reference: "cpython-3.9".into(),
            language: "3.9".into(),
            date: "2026-12-03".into(),
            limits: vec!["warnings".into()],
            command: "yieldspec report --backend process:x".into(),
            cases,
        };
        let md = markdown(&[("x".into(), report)]);
        assert!(md.contains("| close | 50.0 % (1/2) |"), "{md}");
        assert!(md.contains("| send | 0.0 % (0/1) |"), "{md}");
        assert!(md.contains("| **all cases** | **33.3 %** (1/3) |"), "{md}");
        assert!(md.contains("| implementation | x 1.0 |"), "{md}");
        assert!(md.contains("- `process:x`: `yieldspec report --backend process:x`"));
    }
}
