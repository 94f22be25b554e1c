//! Case metadata: the comment header every case starts with, and the list of feature tags it
//! is checked against (`cases/tags.txt`).
//!
//! ```python
//! # case: One line saying what the case shows (continuation lines start with `#   `).
//! # tags: send throw
//! # python: >=3.8,<3.13
//! ```
//!
//! `case` and `tags` are required; `python` (optional) bounds the CPython versions the case is
//! meant for: `>=3.X`, `<3.Y`, or both separated by a comma. An unknown key or tag is an error.

use crate::error::Error;
use std::collections::BTreeMap;
use std::path::Path;

use yieldspec_engine::PythonVersion;

/// What a case's header says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    pub description: String,
    pub tags: Vec<String>,
    pub python: VersionRange,
}

/// CPython versions a case applies to: `min <= v < below`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VersionRange {
    pub min: Option<PythonVersion>,
    pub below: Option<PythonVersion>,
}

impl VersionRange {
    pub fn contains(&self, v: PythonVersion) -> bool {
        self.min.is_none_or(|m| v >= m) && self.below.is_none_or(|b| v < b)
    }

    fn parse(text: &str) -> Result<Self, Error> {
        let mut range = VersionRange::default();
        for part in text.split(',').map(str::trim) {
            if let Some(v) = part.strip_prefix(">=") {
                range.min = Some(v.trim().parse()?);
            } else if let Some(v) = part.strip_prefix('<') {
                range.below = Some(v.trim().parse()?);
            } else {
                return Err(Error::from(format!(
                    "python: expected `>=3.X`, `<3.Y` or both, got {part:?}"
                )));
            }
        }
        Ok(range)
    }
}

/// Parse the header of a case's source.
pub fn parse(source: &str) -> Result<Metadata, Error> {
    let mut fields: BTreeMap<&str, String> = BTreeMap::new();
    let mut last: Option<&str> = None;
    for (n, line) in source.lines().enumerate() {
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        if let Some(more) = comment.strip_prefix("   ") {
            let key = last.ok_or_else(|| format!("line {}: continuation of nothing", n + 1))?;
            let field = fields.entry(key).or_default();
            field.push(' ');
            field.push_str(more.trim());
            continue;
        }
        let Some((key, value)) = comment.trim().split_once(':') else {
            break;
        };
        let key = key.trim();
        if !matches!(key, "case" | "tags" | "python") {
            return Err(Error::from(format!(
                "line {}: unknown header key {key:?}",
                n + 1
            )));
        }
        if fields.insert(key, value.trim().to_string()).is_some() {
            return Err(Error::from(format!("line {}: {key} given twice", n + 1)));
        }
        last = Some(key);
    }
    let description = fields
        .remove("case")
        .filter(|d| !d.is_empty())
        .ok_or("missing `# case: DESCRIPTION` header")?;
    let tags: Vec<String> = fields
        .remove("tags")
        .ok_or("missing `# tags: TAG ...` header")?
        .split([' ', ','])
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    if tags.is_empty() {
        return Err("`# tags:` names no tag".into());
    }
    let python = match fields.remove("python") {
        Some(text) => VersionRange::parse(&text)?,
        None => VersionRange::default(),
    };
    Ok(Metadata {
        description,
        tags,
        python,
    })
}

/// The validated list of feature tags: tag → what it covers.
#[derive(Clone, Debug, Default)]
pub struct TagList {
    pub tags: BTreeMap<String, String>,
}

impl TagList {
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut tags = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (tag, what) = line
                .split_once(':')
                .ok_or_else(|| format!("{}:{}: expected `TAG: what`", path.display(), n + 1))?;
            tags.insert(tag.trim().to_string(), what.trim().to_string());
        }
        Ok(TagList { tags })
    }

    /// The tags of `meta` that are not on the list.
    pub fn unknown<'a>(&self, meta: &'a Metadata) -> Vec<&'a str> {
        meta.tags
            .iter()
            .filter(|t| !self.tags.contains_key(t.as_str()))
            .map(String::as_str)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_header() {
        let m = parse("# case: Sends\n#   into a generator.\n# tags: send, generator\n# python: >=3.8,<3.13\nx = 1\n# case: ignored\n").unwrap();
        assert_eq!(m.description, "Sends into a generator.");
        assert_eq!(m.tags, ["send", "generator"]);
        let v = |text: &str| text.parse::<PythonVersion>().expect("a version");
        assert!(m.python.contains(v("3.8")));
        assert!(!m.python.contains(v("3.13")));
        assert!(!m.python.contains(v("3.7")));
    }

    #[test]
    fn rejects_bad_headers() {
        assert!(parse("x = 1\n").is_err());
        assert!(parse("# case: x\n").is_err());
        assert!(parse("# case: x\n# tags:\n").is_err());
        assert!(parse("# case: x\n# tags: a\n# pyhton: >=3.8\n").is_err());
        assert!(parse("# case: x\n# tags: a\n# python: 3.8\n").is_err());
    }
}
