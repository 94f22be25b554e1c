//! The known-failures list: cases the engine does not pass yet, one per line with a reason,
//! like test262's ignore lists. A listed case still runs and is counted; when it starts
//! passing, the run fails until the line is removed.
//!
//! Format (`cases/known-failures.txt`): `#` comments and blank lines are ignored; every other
//! line is `CASE_ID: reason`, CASE_ID being the case's path below `cases/`.

use std::collections::BTreeMap;
use std::path::Path;

/// Parsed list: case id → reason.
#[derive(Clone, Debug, Default)]
pub struct KnownFailures {
    pub entries: BTreeMap<String, String>,
}

impl KnownFailures {
    /// Read the list; a missing file is an empty list.
    pub fn load(path: &Path) -> Result<Self, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
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
                return Err(format!("line {}: {id} has no reason", n + 1));
            }
            if entries.insert(id.to_string(), reason.to_string()).is_some() {
                return Err(format!("line {}: {id} is listed twice", n + 1));
            }
        }
        Ok(KnownFailures { entries })
    }

    pub fn reason(&self, id: &str) -> Option<&str> {
        self.entries.get(id).map(String::as_str)
    }
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
}
