//! The yieldspec semantics engine: runs a case under the REPL semantics of `DESIGN.md` and
//! returns the same [`Outcome`] a CPython backend would.
//!
//! Entry point: [`run`]. The engine knows nothing of files, diffing or CPython; it maps source
//! text and an [`EngineConfig`] to an outcome.

mod builtins;
mod compile;
mod cpython_names;
mod format;
mod gc;
mod generator;
mod heap;
mod line_index;
pub mod memory;
mod nesting;
pub mod rules;
mod runner;
mod str_format;
mod trace;
mod value;
mod vm;

pub use line_index::LineIndex;
pub use rules::{Rules, DEFAULT_TARGET, SUPPORTED_TARGETS};

use yieldspec_trace::{Limits, Outcome};

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
    /// Python frames the host that runs the case occupies below its top-level code, counted
    /// against `recursion_limit` as CPython counts them (the harness's tracer has some; 0 for
    /// a case run on its own).
    pub host_frames: u32,
    pub limits: Limits,
    /// Whether to record control transfers of generators too (an observer of the generator
    /// protocol, off by default: one comparison per resume when off).
    pub detail: yieldspec_trace::Detail,
    /// Wall-clock budget of a case (None: only the fuel bounds it); past it, a `timeout`.
    pub time_budget: Option<std::time::Duration>,
    /// Bytes a case may hold (None: no budget); past it, a `memory` outcome. Counted when the
    /// program's global allocator is [`memory::Counting`]; single large requests are checked
    /// against it in any case.
    pub memory: Option<usize>,
}

/// The default memory budget: 4 GiB.
pub const DEFAULT_MEMORY: usize = 4 << 30;

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            target: DEFAULT_TARGET,
            fuel: 50_000_000,
            recursion_limit: 1000,
            host_frames: 0,
            limits: Limits::default(),
            detail: yieldspec_trace::Detail::Trace,
            time_budget: None,
            memory: Some(DEFAULT_MEMORY),
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

/// Stack of the thread cases run on: deep Python recursion (up to the recursion limit) and
/// deeply nested data (repr, comparison) recurse in Rust. Only touched pages cost memory.
const STACK_SIZE: usize = 1 << 30;

/// A case to run on the worker thread.
struct Job {
    source: String,
    filename: String,
    config: EngineConfig,
}

/// A long-lived thread with a large stack that runs cases one after another, so that a case
/// does not pay for creating (and tearing down) a thread and mapping its stack.
struct Worker {
    jobs: std::sync::mpsc::Sender<Job>,
    outcomes: std::sync::mpsc::Receiver<Result<Outcome, String>>,
}

impl Worker {
    fn spawn() -> std::io::Result<Worker> {
        let (jobs, job_rx) = std::sync::mpsc::channel::<Job>();
        let (out_tx, outcomes) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("yieldspec-engine".into())
            .stack_size(STACK_SIZE)
            .spawn(move || {
                while let Ok(job) = job_rx.recv() {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        runner::run_case(&job.source, &job.filename, &job.config)
                    }));
                    let panicked = r.is_err();
                    let r = r.map_err(|payload| panic_message(&*payload));
                    if out_tx.send(r).is_err() || panicked {
                        // After a panic the thread's state is suspect: the next case gets a
                        // fresh thread.
                        return;
                    }
                }
            })?;
        Ok(Worker { jobs, outcomes })
    }

    fn run(&self, job: Job) -> Option<Result<Outcome, String>> {
        self.jobs.send(job).ok()?;
        self.outcomes.recv().ok()
    }
}

thread_local! {
    /// The calling thread's worker (each caller thread gets its own).
    static WORKER: std::cell::RefCell<Option<Worker>> = const { std::cell::RefCell::new(None) };
    /// Set on threads started by [`on_large_stack`]: cases run right there, without the
    /// hand-off to a worker thread (two thread switches per case).
    static INLINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f` on a new thread with the stack the engine needs; [`run`] called from that thread
/// runs cases on it directly instead of handing each one to a worker thread (what a loop
/// running many small cases, like the fuzzer's, spends a good part of its time on). A panic in
/// `f` is resumed on the calling thread.
pub fn on_large_stack<T: Send>(f: impl FnOnce() -> T + Send) -> std::io::Result<T> {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("yieldspec-engine".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || {
                INLINE.with(|i| i.set(true));
                f()
            })?;
        match handle.join() {
            Ok(v) => Ok(v),
            Err(payload) => std::panic::resume_unwind(payload),
        }
    })
}

/// The message of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "engine panicked".into())
}

/// Run `source` (a case file's text; `filename` is its base name) and report what it did.
///
/// Never panics: the case runs on a worker thread (with a large stack, reused from case to
/// case), and a panic there is reported as a `Crashed` outcome.
pub fn run(source: &str, filename: &str, config: &EngineConfig) -> Outcome {
    let backend = describe(config);
    if INLINE.with(|i| i.get()) {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            runner::run_case(source, filename, config)
        }));
        return r.unwrap_or_else(|payload| {
            // After a panic this thread's engine state is suspect: later cases go to a
            // worker thread, as from any other thread.
            INLINE.with(|i| i.set(false));
            Outcome::Crashed {
                backend,
                message: panic_message(&*payload),
            }
        });
    }
    let worker = WORKER.with(|w| w.borrow_mut().take());
    let worker = match worker {
        Some(w) => w,
        None => match Worker::spawn() {
            Ok(w) => w,
            Err(e) => {
                return Outcome::Error {
                    backend,
                    message: format!("could not start the engine thread: {e}"),
                }
            }
        },
    };
    let job = Job {
        source: source.to_string(),
        filename: filename.to_string(),
        config: config.clone(),
    };
    match worker.run(job) {
        Some(Ok(outcome)) => {
            WORKER.with(|w| *w.borrow_mut() = Some(worker));
            outcome
        }
        Some(Err(message)) => Outcome::Crashed { backend, message },
        None => Outcome::Crashed {
            backend,
            message: "engine panicked".into(),
        },
    }
}

/// Set by [`interrupt`]: every running case stops at its next budget check (a `timeout`).
static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Stop every case that runs now or later in this process at its next budget check (for a
/// Ctrl-C handler: this only stores to an atomic, which is async-signal-safe).
pub fn interrupt() {
    INTERRUPTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether [`interrupt`] was called.
pub(crate) fn interrupted() -> bool {
    INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Where `source` first nests deeper than the engine (or any stack) can follow, as a byte
/// offset (see the `nesting` module): such sources are refused before they are parsed.
pub fn too_deep(source: &str) -> Option<usize> {
    nesting::too_deep(source)
}

/// The step budget of [`fuzz_one`]: arbitrary source is mostly rejected at once, and
/// libFuzzer wants many short runs (generated programs get the harness's larger budget).
pub const FUZZ_SOURCE_FUEL: u64 = 200_000;

/// Body of the engine-only fuzz target: run arbitrary bytes as source with a small budget.
/// Panics (so that the fuzzer notices) only if the engine itself crashed.
pub fn fuzz_one(data: &[u8]) {
    let source = String::from_utf8_lossy(data);
    let config = EngineConfig {
        fuel: FUZZ_SOURCE_FUEL,
        limits: Limits { output_cap: 10_000 },
        // well within libFuzzer's -timeout and -rss_limit_mb (run it with at least 1024)
        time_budget: Some(std::time::Duration::from_secs(2)),
        memory: Some(256 << 20),
        ..EngineConfig::default()
    };
    if let Outcome::Crashed { message, .. } = run(&source, "fuzz.py", &config) {
        panic!("engine crashed: {message}");
    }
}

/// 1-based line and column (in characters) of a byte offset (one inside a character counts
/// as that character's).
pub(crate) fn line_col(source: &str, offset: usize) -> (u32, u32) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    LineIndex::new(source).line_col(source, ruff_text_size::TextSize::new(offset as u32))
}
