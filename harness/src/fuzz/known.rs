//! Known divergences of a runtime (`known-divergences/<runtime>.toml`): signatures its
//! developers have already seen, each with the reason and an upstream link, so that a campaign
//! counts them apart ("new: N, known: M") and saves only the new ones.
//!
//! ```toml
//! [[divergence]]
//! signature = "divergent: next: out vs end of statement"
//! reason = "PyPy runs a generator's finally when it is collected, not at del"
//! upstream = "https://doc.pypy.org/en/latest/cpython_differences.html"
//! ```

use crate::error::Error;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::signature::Signature;

/// One known divergence.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Known {
    /// A signature as `yieldspec fuzz` prints it.
    pub signature: String,
    /// Why it differs (what the runtime does).
    pub reason: String,
    /// The upstream issue or documentation, if there is one.
    #[serde(default)]
    pub upstream: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownFile {
    #[serde(default)]
    divergence: Vec<Known>,
}

/// The known divergences in force for a run (none, or one file's).
#[derive(Clone, Debug, Default)]
pub struct KnownDivergences {
    /// The file they came from.
    pub path: Option<PathBuf>,
    pub entries: Vec<Known>,
}

impl KnownDivergences {
    /// Read a known-divergences file (a bad file is an error naming it).
    pub fn load(path: &Path) -> Result<KnownDivergences, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        KnownDivergences::parse(&text, path)
    }

    /// Parse the text of a known-divergences file read from `path`.
    pub fn parse(text: &str, path: &Path) -> Result<KnownDivergences, Error> {
        let file: KnownFile =
            toml::from_str(text).map_err(|e| Error::invalid(path, e.to_string()))?;
        Ok(KnownDivergences {
            path: Some(path.to_path_buf()),
            entries: file.divergence,
        })
    }

    /// The entry for a signature, if it is known.
    pub fn lookup(&self, signature: &Signature) -> Option<&Known> {
        self.entries
            .iter()
            .find(|k| Signature::from_text(&k.signature) == *signature)
    }
}

/// The runtime a backend description names, as known-divergences files are named:
/// `pypy-8` (PyPy 8.x), `pypy-7`, `rustpython-0.5`; None for CPython and the engine (the
/// oracle and our own, which have no known-divergences file).
pub fn runtime_key(describe: &str) -> Option<String> {
    let lower = describe.to_lowercase();
    if let Some(i) = lower.find("[pypy ") {
        let version = &lower[i + "[pypy ".len()..];
        let major: String = version.chars().take_while(|c| c.is_ascii_digit()).collect();
        return (!major.is_empty()).then(|| format!("pypy-{major}"));
    }
    if lower.starts_with("rustpython") {
        let version = lower.split_whitespace().find(|w| w.starts_with("0."))?;
        let mut parts = version.split('.');
        let (major, minor) = (parts.next()?, parts.next()?);
        return Some(format!("rustpython-{major}.{minor}"));
    }
    None
}

/// `known-divergences/<runtime>.toml` below `root`, when it exists.
pub fn default_file(root: &Path, describe: &str) -> Option<PathBuf> {
    let path = root
        .join("known-divergences")
        .join(format!("{}.toml", runtime_key(describe)?));
    path.is_file().then_some(path)
}

/// `known-divergences/<runtime>.toml` in `start` or the nearest of its parents that has it.
pub fn nearest_file(start: &Path, describe: &str) -> Option<PathBuf> {
    start
        .ancestors()
        .find_map(|dir| default_file(dir, describe))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtimes_are_named_by_implementation_and_major_version() {
        assert_eq!(
            runtime_key(
                "pypy 3.11.17 (8.0.1+dfsg-1, Oct 14 2026, 14:02:02) [PyPy 8.0.1 with GCC 16.2.0]"
            ),
            Some("pypy-8".into())
        );
        assert_eq!(
            runtime_key(
                "pypy 3.9.16 (7.3.11+dfsg-2+deb12u3, Dec 30 2024) [PyPy 7.3.11 with GCC 12.2.0]"
            ),
            Some("pypy-7".into())
        );
        assert_eq!(runtime_key("cpython 3.11.7 (main) [GCC 12.2.0]"), None);
    }

    #[test]
    fn the_file_is_found_from_any_directory_below_it() {
        let root = std::env::temp_dir().join(format!("yieldspec-known-{}", std::process::id()));
        let deep = root.join("a").join("b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir_all(root.join("known-divergences")).unwrap();
        let file = root.join("known-divergences").join("pypy-8.toml");
        std::fs::write(&file, "").unwrap();
        let pypy = "pypy 3.11.17 (8.0.1) [PyPy 8.0.1 with GCC 16.2.0]";
        assert_eq!(nearest_file(&deep, pypy), Some(file.clone()));
        assert_eq!(nearest_file(&root, pypy), Some(file));
        assert_eq!(
            nearest_file(&deep, "cpython 3.11.7 (main) [GCC 12.2.0]"),
            None
        );
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_checked_in_files_parse_and_name_each_signature_once() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../known-divergences");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            files += 1;
            let known = KnownDivergences::load(&path).unwrap();
            let mut seen = std::collections::HashSet::new();
            for k in &known.entries {
                assert!(
                    k.signature.starts_with("divergent: ") || k.signature.starts_with("crashed: "),
                    "{}: {}",
                    path.display(),
                    k.signature
                );
                assert!(!k.reason.is_empty(), "{}: {}", path.display(), k.signature);
                assert!(
                    seen.insert(&k.signature),
                    "{}: {} twice",
                    path.display(),
                    k.signature
                );
            }
        }
        assert!(files >= 3, "known-divergences/ has {files} files");
        let rustpython = "rustpython 3.14.0 (RustPython 0.5.0 with rustc 1.95.0)";
        assert_eq!(runtime_key(rustpython), Some("rustpython-0.5".into()));
        assert!(default_file(&dir.join(".."), rustpython).is_some());
    }

    #[test]
    fn a_file_matches_signatures_exactly() {
        let text = r#"
[[divergence]]
signature = "divergent: next: out vs end of statement"
reason = "finalized at collection"
upstream = "https://example.org/1"
"#;
        let known = KnownDivergences::parse(text, Path::new("k.toml")).unwrap();
        let hit = Signature::from_text("divergent: next: out vs end of statement");
        assert_eq!(
            known.lookup(&hit).unwrap().reason,
            "finalized at collection"
        );
        assert!(known
            .lookup(&Signature::from_text(
                "divergent: send: out vs end of statement"
            ))
            .is_none());
        let bad = KnownDivergences::parse("[[divergence]]\nsignature = 1\n", Path::new("b.toml"));
        let bad = bad.unwrap_err();
        assert!(matches!(bad, Error::Invalid { .. }), "{bad:?}");
        assert!(bad.to_string().starts_with("b.toml"));
    }
}
