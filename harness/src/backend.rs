//! The `Backend` trait, backend names (`engine`, `engine:3.X`, `cpython`, `process:CMD`) and
//! the run configuration every backend shares.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use yieldspec_engine::PythonVersion;
use yieldspec_trace::{normalize::normalize, Detail, Limits, Outcome};

use crate::case::Case;
use crate::finalization::Finalization;

/// Something that runs cases: the engine, embedded CPython, an interpreter process.
pub trait Backend {
    /// The name it was opened under (`cpython`, `engine:3.12`, …).
    fn name(&self) -> String;
    /// The implementation and version that really runs (for CPython: its `sys.version`).
    fn describe(&self) -> String;
    /// `major.minor` of the Python language version it implements (or imitates).
    fn python_version(&self) -> String;
    /// Run one case. Never panics; every failure is an [`Outcome`].
    fn run(&mut self, case: &Case) -> Outcome;
    /// What its traces cannot show (e.g. `warnings` on MicroPython, whose tracer is reduced):
    /// a difference in those is not the implementation's.
    fn limits(&self) -> Vec<String> {
        Vec::new()
    }
    /// Start afresh, so that the next case runs with no history: a backend with a long-lived
    /// worker process replaces it (the others keep no state between cases to lose).
    fn restart(&mut self) {}
}

/// Run a case and normalise the result (the one place where traces are normalised).
pub fn run_normalized(backend: &mut dyn Backend, case: &Case) -> Outcome {
    let mut outcome = backend.run(case);
    match &mut outcome {
        Outcome::Completed { trace } => normalize(trace),
        Outcome::Timeout { partial, .. } | Outcome::Memory { partial, .. } => normalize(partial),
        _ => {}
    }
    outcome
}

/// The largest time budget accepted (a year): any longer is no budget at all, and deadlines
/// must stay representable.
pub const MAX_SECONDS: f64 = 365.0 * 24.0 * 3600.0;

/// Budgets and limits shared by all backends.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// Wall-clock budget per case (every backend).
    pub timeout: Duration,
    /// Step budget per case (engine).
    pub fuel: u64,
    /// Memory budget per case in bytes (engine; None: none).
    pub memory: Option<usize>,
    pub limits: Limits,
    /// Whether to record control transfers too (`yieldspec explain`).
    pub detail: Detail,
    /// When finalizers' events are recorded (`--finalization`).
    pub finalization: crate::finalization::Finalization,
    /// How much a CPython backend puts back after each case.
    pub isolation: Isolation,
}

/// How much of the interpreter's state a CPython backend puts back after each case (the
/// tracer's `restore()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Isolation {
    /// Everything the tracer knows a case can change (the namespaces of interpreter-wide
    /// modules, sys hooks and settings, signal handlers and timers, the working directory,
    /// the standard file descriptors …), and a check for what cannot be undone (a thread left
    /// running, an audit hook: the case is `poisoned`). For cases written by people.
    #[default]
    Full,
    /// What the tracer itself changes, the builtins, and the sys hooks and settings
    /// (async generator hooks, coroutine origin tracking depth, trace/profile functions …):
    /// for the fuzzer's generated programs, which touch nothing else (the full check costs
    /// about as much as running one). `tests/generated_isolation.rs` checks each switch's state.
    Generated,
}

impl Isolation {
    /// The tracer's `isolate` option.
    pub fn full(self) -> bool {
        self == Isolation::Full
    }
}

impl Default for RunConfig {
    fn default() -> Self {
        let engine = yieldspec_engine::EngineConfig::default();
        RunConfig {
            timeout: Duration::from_secs(10),
            fuel: engine.fuel,
            memory: engine.memory,
            limits: Limits::default(),
            detail: Detail::Trace,
            finalization: Default::default(),
            isolation: Isolation::Full,
        }
    }
}

/// A backend by name, as given on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendSpec {
    /// The Rust engine, optionally with a target CPython version (default 3.11).
    Engine(Option<PythonVersion>),
    /// CPython embedded through pyo3.
    Cpython,
    /// Any interpreter started as a process.
    Process(String),
}

impl FromStr for BackendSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s.split_once(':') {
            None if s == "engine" => Ok(BackendSpec::Engine(None)),
            None if s == "cpython" => Ok(BackendSpec::Cpython),
            Some(("engine", v)) => {
                let target: PythonVersion = v.parse()?;
                if !yieldspec_engine::SUPPORTED_TARGETS.contains(&target) {
                    return Err(format!(
                        "the engine follows CPython {} to {}, not {target}",
                        yieldspec_engine::SUPPORTED_TARGETS.start(),
                        yieldspec_engine::SUPPORTED_TARGETS.end()
                    ));
                }
                Ok(BackendSpec::Engine(Some(target)))
            }
            Some(("process", cmd)) if !cmd.trim().is_empty() => {
                Ok(BackendSpec::Process(cmd.to_string()))
            }
            _ => Err(format!(
                "unknown backend {s:?}: expected engine, engine:3.X, cpython or process:COMMAND"
            )),
        }
    }
}

impl fmt::Display for BackendSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendSpec::Engine(None) => f.write_str("engine"),
            BackendSpec::Engine(Some(v)) => write!(f, "engine:{v}"),
            BackendSpec::Cpython => f.write_str("cpython"),
            BackendSpec::Process(cmd) => write!(f, "process:{cmd}"),
        }
    }
}

/// Open a backend.
/// Why the `cpython` backend cannot be opened in a build without it.
pub const NO_EMBEDDED_CPYTHON: &str = "backend cpython: this yieldspec was built without \
     embedded CPython (cargo feature `embedded-cpython`, on by default); use \
     process:python3.X, which runs the same tracer";

/// Run `f` with embedded CPython running the cases of this thread in place (see
/// `cpython::in_place`); in a build without embedded CPython, just `f`.
pub fn in_place<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(feature = "embedded-cpython")]
    return crate::cpython::in_place(f);
    #[cfg(not(feature = "embedded-cpython"))]
    f()
}

pub fn open(spec: &BackendSpec, config: &RunConfig) -> Result<Box<dyn Backend>, Error> {
    match spec {
        BackendSpec::Engine(_) if config.finalization != Finalization::Exact => {
            Err(Error::Backend(format!(
                "backend {spec}: --finalization {} is not supported: the engine finalizes as \
                 CPython does, at the last reference (compare the runtime under test with \
                 process:python3.X or cpython instead)",
                config.finalization
            )))
        }
        BackendSpec::Engine(target) => Ok(Box::new(crate::engine_backend::EngineBackend::new(
            *target, config,
        ))),
        #[cfg(feature = "embedded-cpython")]
        BackendSpec::Cpython => Ok(Box::new(crate::cpython::EmbeddedCpython::open(config)?)),
        #[cfg(not(feature = "embedded-cpython"))]
        BackendSpec::Cpython => Err(Error::Backend(NO_EMBEDDED_CPYTHON.into())),
        BackendSpec::Process(cmd) => {
            Ok(Box::new(crate::process::ProcessBackend::open(cmd, config)?))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_backend_names() {
        assert_eq!("engine".parse(), Ok(BackendSpec::Engine(None)));
        assert_eq!(
            "engine:3.12".parse(),
            Ok(BackendSpec::Engine(Some("3.12".parse().unwrap())))
        );
        assert_eq!("cpython".parse(), Ok(BackendSpec::Cpython));
        assert_eq!(
            "process:pypy3".parse(),
            Ok(BackendSpec::Process("pypy3".into()))
        );
        assert!("jython".parse::<BackendSpec>().is_err());
        assert!("process:".parse::<BackendSpec>().is_err());
        assert!("engine:three".parse::<BackendSpec>().is_err());
        assert!("engine:2.7".parse::<BackendSpec>().is_err());
        assert!("engine:3.99".parse::<BackendSpec>().is_err());
        assert!("engine:3.6".parse::<BackendSpec>().is_ok());
    }
}
