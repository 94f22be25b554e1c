//! `yieldspec matrix`: per case, which CPython versions' recorded traces differ, so a reader sees
//! at a glance where CPython changed generator behaviour between releases.
//!
//! Versions are the `reference/cpython-X.Y/` directories present. In each row, versions whose
//! traces are identical share a letter (A = the oldest version's trace, B = the next distinct
//! one, …); `–` means no reference (e.g. the case's `# python:` bounds exclude that version).

use crate::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};

use yieldspec_engine::PythonVersion;

use crate::case::discover;
use crate::commands::{EXIT_INPUT, EXIT_OK};
use crate::diff::unified;
use crate::reference;

/// The recorded CPython versions below `root`, oldest first.
pub fn recorded_versions(root: &Path) -> Vec<PythonVersion> {
    let mut versions: Vec<PythonVersion> = std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_prefix("cpython-")?
                .parse()
                .ok()
        })
        .collect();
    versions.sort();
    versions
}

/// One case's traces across versions.
pub struct Row {
    pub case: String,
    /// Per version: index of its distinct trace, or None without a reference.
    pub classes: Vec<Option<usize>>,
    pub bodies: Vec<String>,
}

impl Row {
    pub fn differs(&self) -> bool {
        self.bodies.len() > 1
    }
}

/// Build the rows for every case below `paths`.
pub fn rows(paths: &[PathBuf], root: &Path, versions: &[PythonVersion]) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    for file in discover(paths)? {
        let mut row = Row {
            case: file.id.display().to_string(),
            classes: Vec::new(),
            bodies: Vec::new(),
        };
        for v in versions {
            let dir = root.join(format!("cpython-{v}"));
            let body = reference::read_body(&dir, &file.id)
                .map_err(|e| Error::io(&reference::path(&dir, &file.id), e))?;
            let class = body.map(|b| match row.bodies.iter().position(|x| *x == b) {
                Some(i) => i,
                None => {
                    row.bodies.push(b);
                    row.bodies.len() - 1
                }
            });
            row.classes.push(class);
        }
        rows.push(row);
    }
    Ok(rows)
}

fn letter(class: Option<usize>) -> String {
    match class {
        Some(i) if i < 26 => char::from(b'A' + i as u8).to_string(),
        Some(i) => format!("#{i}"),
        None => "–".into(),
    }
}

/// `yieldspec matrix [--diffs] PATH...`
pub fn command(
    paths: &[PathBuf],
    root: &Path,
    diffs: bool,
    color: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let versions = recorded_versions(root);
    if versions.is_empty() {
        let _ = writeln!(
            err,
            "error: no reference/cpython-X.Y directories under {}",
            root.display()
        );
        return EXIT_INPUT;
    }
    let rows = match rows(paths, root, &versions) {
        Ok(r) => r,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let header: Vec<String> = versions.iter().map(|v| v.to_string()).collect();
    let _ = writeln!(out, "| case | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", ":---:|".repeat(versions.len()));
    let differing: Vec<&Row> = rows.iter().filter(|r| r.differs()).collect();
    for row in &differing {
        let cells: Vec<String> = row.classes.iter().map(|c| letter(*c)).collect();
        let _ = writeln!(out, "| {} | {} |", row.case, cells.join(" | "));
    }
    let _ = writeln!(
        out,
        "\n{} of {} cases differ between CPython {} and {}.",
        differing.len(),
        rows.len(),
        versions[0],
        versions[versions.len() - 1]
    );
    for pair in versions.windows(2).enumerate() {
        let (i, w) = pair;
        let changed = rows
            .iter()
            .filter(|r| matches!((r.classes[i], r.classes[i + 1]), (Some(a), Some(b)) if a != b))
            .count();
        let _ = writeln!(out, "- {} → {}: {changed} cases change", w[0], w[1]);
    }
    if diffs {
        for row in &differing {
            let present: Vec<(PythonVersion, usize)> = versions
                .iter()
                .zip(&row.classes)
                .filter_map(|(v, c)| c.map(|c| (*v, c)))
                .collect();
            for w in present.windows(2) {
                let ((va, a), (vb, b)) = (w[0], w[1]);
                if a != b {
                    let _ = writeln!(out, "\n### {}: {va} → {vb}", row.case);
                    let _ = write!(
                        out,
                        "{}",
                        unified(
                            &format!("cpython-{va}"),
                            &format!("cpython-{vb}"),
                            &row.bodies[a],
                            &row.bodies[b],
                            color
                        )
                    );
                }
            }
        }
    }
    EXIT_OK
}
