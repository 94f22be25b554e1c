//! `yieldspec stats`: cases per feature tag and per directory, with every case's header
//! validated against `cases/tags.txt`.

use crate::error::Error;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::case::{discover, load};
use crate::commands::{EXIT_FAILED, EXIT_INPUT, EXIT_OK};
use crate::metadata::{parse, TagList};

/// Fewest cases a tag should have.
pub const MIN_CASES_PER_TAG: usize = 8;

/// Per-tag and per-directory counts of a set of cases.
#[derive(Debug, Default)]
pub struct Stats {
    pub cases: usize,
    pub per_tag: BTreeMap<String, usize>,
    pub per_dir: BTreeMap<String, usize>,
    /// `path: problem` for every case whose header is wrong.
    pub problems: Vec<String>,
}

/// Count and validate the cases below `paths`.
pub fn collect(paths: &[PathBuf], tags: &TagList) -> Result<Stats, Error> {
    let mut stats = Stats::default();
    for tag in tags.tags.keys() {
        stats.per_tag.insert(tag.clone(), 0);
    }
    for file in discover(paths)? {
        let case = load(&file)?;
        stats.cases += 1;
        let dir = file
            .id
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        *stats.per_dir.entry(dir).or_default() += 1;
        match parse(&case.source) {
            Ok(meta) => {
                for bad in tags.unknown(&meta) {
                    stats
                        .problems
                        .push(format!("{}: unknown tag {bad:?}", file.path.display()));
                }
                for tag in &meta.tags {
                    if let Some(n) = stats.per_tag.get_mut(tag) {
                        *n += 1;
                    }
                }
            }
            Err(e) => stats.problems.push(format!("{}: {e}", file.path.display())),
        }
    }
    Ok(stats)
}

/// `yieldspec stats`: print the tables; exit 2 on a bad header, 1 when a tag has too few cases.
pub fn command(
    paths: &[PathBuf],
    tags_file: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let tags = match TagList::load(tags_file) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let stats = match collect(paths, &tags) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let _ = writeln!(
        out,
        "{} cases\n\n| tag | cases | covers |\n|---|---:|---|",
        stats.cases
    );
    let mut thin = Vec::new();
    for (tag, n) in &stats.per_tag {
        let what = tags.tags.get(tag).map(String::as_str).unwrap_or("");
        let _ = writeln!(out, "| {tag} | {n} | {what} |");
        if *n < MIN_CASES_PER_TAG {
            thin.push(format!("{tag} ({n})"));
        }
    }
    let _ = writeln!(out, "\n| directory | cases |\n|---|---:|");
    for (dir, n) in &stats.per_dir {
        let _ = writeln!(out, "| {dir} | {n} |");
    }
    for p in &stats.problems {
        let _ = writeln!(err, "error: {p}");
    }
    if !stats.problems.is_empty() {
        return EXIT_INPUT;
    }
    if !thin.is_empty() {
        let _ = writeln!(
            err,
            "tags with fewer than {MIN_CASES_PER_TAG} cases: {}",
            thin.join(", ")
        );
        return EXIT_FAILED;
    }
    EXIT_OK
}
