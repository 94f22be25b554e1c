//! The yieldspec semantics engine: runs a case under the REPL semantics of `DESIGN.md` and
//! returns the same [`Outcome`] a CPython backend would.
//!
//! Entry point: [`run`]. The engine knows nothing of files, diffing or CPython; it maps source
//! text and an [`EngineConfig`] to an outcome.

use yieldspec_trace::{Limits, Location, Outcome};

/// A CPython `major.minor` version the engine imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PythonVersion {
    pub major: u8,
    pub minor: u8,
}

impl PythonVersion {
    pub const fn new(major: u8, minor: u8) -> Self {
        PythonVersion { major, minor }
    }
}

impl std::fmt::Display for PythonVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl std::str::FromStr for PythonVersion {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (a, b) = s
            .split_once('.')
            .ok_or_else(|| format!("expected MAJOR.MINOR, got {s:?}"))?;
        let major = a
            .parse()
            .map_err(|_| format!("bad major version in {s:?}"))?;
        let minor = b
            .parse()
            .map_err(|_| format!("bad minor version in {s:?}"))?;
        Ok(PythonVersion { major, minor })
    }
}

/// How the engine runs a case.
#[derive(Clone, Debug)]
pub struct EngineConfig {
    /// The CPython version whose behaviour the engine follows.
    pub target: PythonVersion,
    /// Steps (loop iterations, calls, …) the case may take before it is a `timeout`.
    pub fuel: u64,
    /// Python-level call depth at which RecursionError is raised.
    pub recursion_limit: u32,
    pub limits: Limits,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            target: PythonVersion::new(3, 11),
            fuel: 50_000_000,
            recursion_limit: 1000,
            limits: Limits::default(),
        }
    }
}

/// Name and version of the engine as shown in trace headers.
pub fn describe(config: &EngineConfig) -> String {
    format!(
        "yieldspec-engine {} (target CPython {})",
        env!("CARGO_PKG_VERSION"),
        config.target
    )
}

/// Run `source` (a case file's text; `filename` is its base name) and report what it did.
pub fn run(source: &str, _filename: &str, config: &EngineConfig) -> Outcome {
    let backend = describe(config);
    if let Err(err) = ruff_python_parser::parse_module(source) {
        let offset = usize::from(err.location.start());
        let (line, column) = line_col(source, offset);
        return Outcome::SyntaxError {
            backend,
            message: err.error.to_string(),
            location: Location { line, column },
        };
    }
    Outcome::Unsupported {
        backend,
        what: "running cases (the engine's interpreter is not built yet)".into(),
        location: Location { line: 1, column: 1 },
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line as u32, column as u32)
}
