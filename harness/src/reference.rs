//! Reference traces on disk: `reference/<implementation>-<major.minor>/<case id>.trace`,
//! mirroring the `cases/` tree. A reference holds the text form of an outcome: header lines
//! (`#`, never compared) and the compared body.

use std::path::{Path, PathBuf};

use yieldspec_trace::text::{body_of, header};
use yieldspec_trace::Outcome;

use crate::diff::outcome_body;

/// Where the reference of case `id` lives under reference directory `dir`.
pub fn path(dir: &Path, id: &Path) -> PathBuf {
    dir.join(id).with_extension("trace")
}

/// The reference directory of a CPython `major.minor` below `root` (the repository root).
pub fn cpython_dir(root: &Path, version: &str) -> PathBuf {
    root.join("reference").join(format!("cpython-{version}"))
}

/// The stored form of an outcome.
pub fn to_text(outcome: &Outcome) -> String {
    let backend = match outcome {
        Outcome::Completed { trace } => trace.backend.as_str(),
        Outcome::Timeout { partial, .. } | Outcome::Memory { partial, .. } => {
            partial.backend.as_str()
        }
        Outcome::SyntaxError { backend, .. }
        | Outcome::Poisoned { backend, .. }
        | Outcome::Unsupported { backend, .. }
        | Outcome::Crashed { backend, .. }
        | Outcome::Error { backend, .. } => backend.as_str(),
    };
    let mut text = header(backend);
    text.push_str(&outcome_body(outcome));
    text
}

/// The compared body of the stored reference of `id`, or None when there is none.
pub fn read_body(dir: &Path, id: &Path) -> std::io::Result<Option<String>> {
    match std::fs::read_to_string(path(dir, id)) {
        Ok(text) => Ok(Some(body_of(&text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Store an outcome as the reference of `id`; returns the file written.
pub fn write(dir: &Path, id: &Path, outcome: &Outcome) -> std::io::Result<PathBuf> {
    if !id
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "case id {} would write outside the reference directory",
                id.display()
            ),
        ));
    }
    let file = path(dir, id);
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&file, to_text(outcome))?;
    Ok(file)
}
