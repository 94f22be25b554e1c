//! Case files: finding them under the paths a user gives, naming them, reading them.

use crate::error::Error;
use std::path::{Path, PathBuf};

use crate::statements::Span;

/// A case file found on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseFile {
    /// The path as found (for messages and reading).
    pub path: PathBuf,
    /// The case's id: its path below the `cases/` directory when it lives there, else below
    /// the directory argument it was found in (or its file name). References mirror this path.
    pub id: PathBuf,
}

/// A case ready to run.
#[derive(Clone, Debug)]
pub struct Case {
    pub file: CaseFile,
    pub source: String,
    /// Its top-level statements when the producer knows them (the fuzzer's renderer does);
    /// backends that need them parse the source otherwise.
    pub statements: Option<Vec<Span>>,
}

impl Case {
    /// The base name that backends compile the case under (so traces do not depend on where
    /// the case was run from).
    pub fn filename(&self) -> String {
        self.file
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "case.py".into())
    }

    /// A case made from source text (e.g. a generated program).
    pub fn from_source(id: &str, source: String) -> Case {
        Case {
            file: CaseFile {
                path: PathBuf::from(id),
                id: PathBuf::from(id),
            },
            source,
            statements: None,
        }
    }

    /// Its top-level statements: the known ones, else found by parsing (None when the source
    /// does not parse).
    pub fn statement_spans(&self) -> Option<Vec<Span>> {
        match &self.statements {
            Some(known) => Some(known.clone()),
            None => crate::statements::spans(&self.source),
        }
    }
}

/// All `.py` files named by `paths` (files, or directories searched recursively), sorted by
/// id within each argument, in argument order. What was skipped is said on stderr (see
/// [`discover_noting`]).
pub fn discover(paths: &[PathBuf]) -> Result<Vec<CaseFile>, Error> {
    let found = discover_noting(paths)?;
    for note in &found.notes {
        eprintln!("{note}");
    }
    Ok(found.files)
}

/// What [`discover_noting`] found.
#[derive(Debug, Default)]
pub struct Discovered {
    pub files: Vec<CaseFile>,
    /// One line per entry skipped: a file that is not a regular file (a FIFO would block the
    /// read), a directory reached a second time through a symbolic link, a directory that
    /// cannot be read.
    pub notes: Vec<String>,
    /// Whether a directory could not be read (its cases are missing: bad input).
    pub unreadable: bool,
}

/// [`discover`], returning what was skipped instead of printing it. A missing argument is an
/// error; inside directories, every directory is searched once (symbolic links to directories
/// are followed, but never to one already searched, so link loops end), and entries that are
/// not regular files are skipped with a note.
pub fn discover_noting(paths: &[PathBuf]) -> Result<Discovered, Error> {
    let mut found = Discovered::default();
    let mut seen = std::collections::HashSet::new();
    for arg in paths {
        let meta = std::fs::metadata(arg).map_err(|e| Error::io(arg, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(arg, &mut files, &mut seen, &mut found).map_err(|e| Error::io(arg, e))?;
            let mut cases: Vec<CaseFile> = files
                .into_iter()
                .map(|path| {
                    let id = id_of(&path)
                        .unwrap_or_else(|| path.strip_prefix(arg).unwrap_or(&path).to_path_buf());
                    CaseFile { path, id }
                })
                .collect();
            cases.sort_by(|a, b| a.id.cmp(&b.id));
            found.files.extend(cases);
        } else if !meta.is_file() {
            return Err(Error::invalid(arg, "not a regular file"));
        } else {
            let id = id_of(arg)
                .or_else(|| arg.file_name().map(PathBuf::from))
                .unwrap_or_else(|| arg.clone());
            found.files.push(CaseFile {
                path: arg.clone(),
                id,
            });
        }
    }
    Ok(found)
}

/// Read a case file.
pub fn load(file: &CaseFile) -> Result<Case, Error> {
    let bytes = std::fs::read(&file.path).map_err(|e| Error::io(&file.path, e))?;
    let source = decode(&bytes).map_err(|e| Error::invalid(&file.path, e.to_string()))?;
    Ok(Case {
        file: file.clone(),
        source,
        statements: None,
    })
}

/// A source file's text, decoded as Python decodes it (PEP 263): UTF-8 (a byte order mark is
/// dropped) unless a coding declaration in the first two lines names another encoding. Of
/// those, Latin-1 and its aliases are decoded; others are refused by name rather than misread.
pub fn decode(bytes: &[u8]) -> Result<String, Error> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let encoding = coding_declaration(bytes);
    match encoding.as_deref().map(normalise_encoding).as_deref() {
        None | Some("utf-8") | Some("utf8") => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(Error::Input(format!(
                "not UTF-8 (byte {}) and no coding declaration says otherwise",
                e.valid_up_to()
            ))),
        },
        Some("latin-1" | "iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "iso-latin-1") => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        Some(other) => Err(Error::Input(format!(
            "declares the encoding {other:?}, which yieldspec does not decode (UTF-8 and \
             Latin-1 are supported)"
        ))),
    }
}

/// The encoding a PEP 263 declaration (`coding[:=]\s*NAME` in a comment on line 1 or 2)
/// names, if any.
fn coding_declaration(bytes: &[u8]) -> Option<String> {
    for (n, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let line = String::from_utf8_lossy(line);
        let trimmed = line.trim_start();
        if !trimmed.starts_with('#') {
            if n == 0 && trimmed.is_empty() {
                continue;
            }
            // the second line counts only if the first is a comment or blank
            if n == 0 {
                return None;
            }
            continue;
        }
        if let Some(at) = trimmed.find("coding") {
            let rest = &trimmed[at + "coding".len()..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// An encoding name as Python's codec lookup compares them (lower case, `_` as `-`).
fn normalise_encoding(name: &str) -> String {
    name.to_ascii_lowercase().replace('_', "-")
}

fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    seen: &mut std::collections::HashSet<(u64, u64)>,
    found: &mut Discovered,
) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(dir)?;
    if !seen.insert((meta.dev(), meta.ino())) {
        found.notes.push(format!(
            "note: {}: skipped, a directory already searched (a symbolic link)",
            dir.display()
        ));
        return Ok(());
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.unreadable = true;
            found.notes.push(format!(
                "error: {}: cannot read the directory: {e}",
                dir.display()
            ));
            return Ok(());
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry?.path());
    }
    paths.sort();
    for path in paths {
        // metadata follows symbolic links; a dangling one is skipped like other non-files
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, out, seen, found)?,
            _ if path.extension().is_none_or(|e| e != "py") => {}
            Ok(m) if m.is_file() => out.push(path),
            _ => found.notes.push(format!(
                "note: {}: skipped, not a regular file",
                path.display()
            )),
        }
    }
    Ok(())
}

/// The path below the last `cases` component, if there is one and it stays below it (no `..`).
fn id_of(path: &Path) -> Option<PathBuf> {
    let comps: Vec<_> = path.components().collect();
    let pos = comps.iter().rposition(|c| c.as_os_str() == "cases")?;
    let rest = &comps[pos + 1..];
    if !rest
        .iter()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        return None;
    }
    let rest: PathBuf = rest.iter().collect();
    (!rest.as_os_str().is_empty()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_relative_to_the_cases_directory() {
        assert_eq!(
            id_of(Path::new("x/cases/seed/a.py")),
            Some(PathBuf::from("seed/a.py"))
        );
        assert_eq!(id_of(Path::new("/tmp/a.py")), None);
    }

    #[test]
    fn sources_decode_as_python_decodes_them() {
        assert_eq!(decode(b"\xef\xbb\xbfx = 1\n").unwrap(), "x = 1\n");
        let latin = b"# -*- coding: latin-1 -*-\ns = '\xe9'\n";
        assert_eq!(
            decode(latin).unwrap(),
            "# -*- coding: latin-1 -*-\ns = '\u{e9}'\n"
        );
        assert!(decode(b"s = '\xe9'\n")
            .unwrap_err()
            .to_string()
            .contains("not UTF-8"));
        assert!(decode(b"# coding: cp1252\n")
            .unwrap_err()
            .to_string()
            .contains("cp1252"));
    }

    #[test]
    fn missing_paths_are_input_errors() {
        let err = discover(&[PathBuf::from("/definitely/not/here.py")]).unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err:?}");
        assert!(err.to_string().contains("/definitely/not/here.py"), "{err}");
    }
}
