//! The known-failures list: cases the engine does not pass yet, one per line with a reason,
//! like test262's ignore lists. A listed case still runs and is counted; when it starts
//! passing, the run fails until the line is removed.
//!
//! Format (`cases/known-failures.txt`): `#` comments and blank lines are ignored; every other
//! line is `CASE_ID: reason`, CASE_ID being the case's path below `cases/`.
//!
//! Which entry covers a comparison ([`KnownFailureScope`]): a plain `CASE_ID` entry covers the
//! engine at its default target against CPython of that version; `CASE_ID@3.X` covers the
//! engine targeting 3.X against CPython 3.X where CPython 3.X's recorded trace of the case
//! differs from the default target's (the `conformance::…@3.X` tests); where it does not (or
//! nothing is recorded for 3.X), the plain entry covers 3.X too.

use crate::error::Error;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use yieldspec_engine::PythonVersion;

use crate::case::CaseFile;
use crate::reference;

/// Parsed list: case id → reason.
#[derive(Clone, Debug, Default)]
pub struct KnownFailures {
    pub entries: BTreeMap<String, String>,
}

impl KnownFailures {
    /// Read the list; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<Self, Error> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text).map_err(|e| Error::invalid(path, e.to_string())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut entries = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (id, reason) = line
                .split_once(": ")
                .ok_or_else(|| format!("line {}: expected `CASE_ID: reason`", n + 1))?;
            let (id, reason) = (id.trim(), reason.trim());
            if reason.is_empty() {
                return Err(Error::from(format!("line {}: {id} has no reason", n + 1)));
            }
            if entries.insert(id.to_string(), reason.to_string()).is_some() {
                return Err(Error::from(format!("line {}: {id} is listed twice", n + 1)));
            }
        }
        Ok(KnownFailures { entries })
    }

    pub fn reason(&self, id: &str) -> Option<&str> {
        self.entries.get(id).map(String::as_str)
    }
}

/// The file name of the list, in the `cases/` directory.
pub const FILE_NAME: &str = "known-failures.txt";

/// One entry of the list that covers a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// `CASE_ID` or `CASE_ID@3.X`.
    pub key: String,
    pub reason: String,
}

/// The known-failures lists that cover one kind of comparison: the engine targeting `target`
/// against CPython of the same language version. Cases live in one or more `cases/`
/// directories (a case's id is its path below the last `cases` component of its path); each
/// has its own list and its `reference/` directory next to it.
#[derive(Debug)]
pub struct KnownFailureScope {
    target: PythonVersion,
    lists: BTreeMap<PathBuf, KnownFailures>,
}

impl KnownFailureScope {
    /// Load the lists of the `cases/` directories the files live in (a file outside one has
    /// no list). A list that does not parse is an error.
    pub fn load(target: PythonVersion, files: &[CaseFile]) -> Result<Self, Error> {
        let mut lists = BTreeMap::new();
        for file in files {
            let Some(root) = cases_root(file) else {
                continue;
            };
            if let std::collections::btree_map::Entry::Vacant(slot) = lists.entry(root) {
                let list = KnownFailures::load(&slot.key().join(FILE_NAME))?;
                slot.insert(list);
            }
        }
        Ok(KnownFailureScope { target, lists })
    }

    /// The engine version this scope is about.
    pub fn target(&self) -> PythonVersion {
        self.target
    }

    /// The entry that covers `file`, if it is listed for this scope's target.
    pub fn entry(&self, file: &CaseFile) -> Option<Entry> {
        let root = cases_root(file)?;
        let list = self.lists.get(&root)?;
        let id = file.id.to_string_lossy().replace('\\', "/");
        let references = root.parent().unwrap_or(Path::new(".")).join("reference");
        let differs = || differs_from_default(&references, &file.id, self.target);
        covering_key(list, &id, self.target, differs).map(|key| Entry {
            reason: list.reason(&key).unwrap_or_default().to_string(),
            key,
        })
    }
}

/// The engine's default target: the version plain entries are about.
pub fn default_target() -> PythonVersion {
    yieldspec_engine::EngineConfig::default().target
}

/// The key of the entry covering case `id` on `target` (see the module comment);
/// `differs` says whether CPython `target`'s recorded trace differs from the default's.
fn covering_key(
    list: &KnownFailures,
    id: &str,
    target: PythonVersion,
    differs: impl FnOnce() -> bool,
) -> Option<String> {
    if target != default_target() {
        let versioned = format!("{id}@{target}");
        if list.entries.contains_key(&versioned) {
            return Some(versioned);
        }
        if differs() {
            return None;
        }
    }
    list.entries.contains_key(id).then(|| id.to_string())
}

/// Whether both CPython `target`'s and the default target's references of `id` are recorded
/// and differ.
fn differs_from_default(references: &Path, id: &Path, target: PythonVersion) -> bool {
    let read = |v: PythonVersion| {
        let dir = references.join(format!("cpython-{v}"));
        reference::read_body(&dir, id).ok().flatten()
    };
    match (read(target), read(default_target())) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

/// The `cases/` directory a case file lives in, when its id is relative to one.
fn cases_root(file: &CaseFile) -> Option<PathBuf> {
    let depth = file.id.components().count();
    let root = file.path.ancestors().nth(depth)?;
    (root.file_name()? == "cases" && file.path.ends_with(&file.id)).then(|| root.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        let k = KnownFailures::parse("# c\n\nseed/a.py: needs x\n").unwrap();
        assert_eq!(k.reason("seed/a.py"), Some("needs x"));
        assert!(KnownFailures::parse("seed/a.py\n").is_err());
        assert!(KnownFailures::parse("seed/a.py: \n").is_err());
        assert!(KnownFailures::parse("a.py: x\na.py: y\n").is_err());
    }

    #[test]
    fn versioned_entries_cover_their_version_and_plain_ones_the_rest() {
        let list = KnownFailures::parse("a.py: base\na.py@3.13: new\nb.py@3.9: old\n").unwrap();
        let base = default_target();
        let v = |m| {
            format!("3.{m}")
                .parse::<PythonVersion>()
                .expect("a version")
        };
        let key = |id, t, differs| covering_key(&list, id, t, || differs);
        assert_eq!(key("a.py", base, true), Some("a.py".into()));
        assert_eq!(key("a.py", v(13), true), Some("a.py@3.13".into()));
        // 3.12's trace equals the default's (or is not recorded): the plain entry covers it
        assert_eq!(key("a.py", v(12), false), Some("a.py".into()));
        // 3.12's trace differs and no @3.12 entry: the engine is expected to pass there
        assert_eq!(key("a.py", v(12), true), None);
        assert_eq!(key("b.py", v(9), true), Some("b.py@3.9".into()));
        assert_eq!(key("b.py", base, false), None);
        assert_eq!(key("c.py", base, false), None);
    }

    #[test]
    fn lists_are_found_next_to_the_cases() {
        let file = |path: &str, id: &str| CaseFile {
            path: PathBuf::from(path),
            id: PathBuf::from(id),
        };
        assert_eq!(
            cases_root(&file("x/cases/seed/a.py", "seed/a.py")),
            Some(PathBuf::from("x/cases"))
        );
        assert_eq!(cases_root(&file("/tmp/a.py", "a.py")), None);
        assert_eq!(cases_root(&file("gen/b/a.py", "b/a.py")), None);
    }
}
