//! The `cpython` backend: CPython embedded through pyo3, running the shared tracer module.
//!
//! The interpreter is started once per process and runs cases on one dedicated worker thread
//! (so any number of callers, e.g. parallel tests, share it one case at a time). A watchdog
//! thread enforces the time budget: when a case overruns, it sets `tracer.timed_out` and
//! injects the tracer's `Timeout` exception into the worker thread
//! (`PyThreadState_SetAsyncExc`), again every 50 ms until the case returns. The case then ends
//! with a `timeout` outcome and the interpreter stays usable. If the worker does not come back
//! even after a grace period (e.g. stuck in a C loop that never checks for pending
//! exceptions), the backend reports the timeout and every later case gets an `error` outcome:
//! the interpreter cannot be recovered in-process.

use std::ffi::CString;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use pyo3::prelude::*;
use serde::Deserialize;
use yieldspec_trace::{Outcome, Trace};

use crate::backend::{Backend, RunConfig};
use crate::case::Case;
pub use crate::tracer_result::parse_reply;
use crate::tracer_result::RawResult;

/// The tracer module, shared with the process backend.
pub const TRACER_SOURCE: &str = include_str!("tracer.py");

/// How long past its budget a case may take to unwind before the interpreter is given up.
const GRACE: Duration = Duration::from_secs(5);
/// Interval between repeated injections while a timed-out case keeps running.
const REINJECT: Duration = Duration::from_millis(50);
/// Stack of the thread that runs the interpreter. CPython's recursion limit (1,000 frames) is
/// sized for a main thread's 8 MiB; recursion through C (`next()` of a generator that calls
/// `next()` …) needs several KiB per level, more than a default 2 MiB thread stack holds.
/// Only the pages touched are committed.
const INTERPRETER_STACK: usize = 256 << 20;
/// How often the watchdog looks at the armed deadline (the precision of a time budget).
const POLL: Duration = Duration::from_millis(10);

/// A handle on the process-wide embedded interpreter.
pub struct EmbeddedCpython {
    worker: &'static Mutex<Worker>,
    config: RunConfig,
    describe: String,
}

impl EmbeddedCpython {
    /// Start (once per process) or reuse the embedded interpreter.
    pub fn open(config: &RunConfig) -> Result<Self, String> {
        static WORKER: OnceLock<Result<Mutex<Worker>, String>> = OnceLock::new();
        crate::crash_note::install();
        let worker = WORKER
            .get_or_init(|| Worker::start().map(Mutex::new))
            .as_ref()
            .map_err(|e| format!("cannot start embedded CPython: {e}"))?;
        let describe = lock(worker).info.describe.clone();
        Ok(EmbeddedCpython {
            worker,
            config: config.clone(),
            describe,
        })
    }
}

impl Backend for EmbeddedCpython {
    fn name(&self) -> String {
        "cpython".into()
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }

    fn python_version(&self) -> String {
        lock(self.worker).info.version.clone()
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let options = serde_json::json!({ "output_cap": self.config.limits.output_cap });
        let statements = case.statement_spans().map(|spans| {
            spans
                .iter()
                .map(|s| (s.line, s.col, s.start, s.end, s.expr, s.future))
                .collect()
        });
        let job = Job {
            id: 0,
            source: case.source.clone(),
            filename: case.filename(),
            kind: JobKind::Trace {
                options: options.to_string(),
                statements,
            },
        };
        let _note = crate::crash_note::running(&case.file.id.display().to_string());
        let mut worker = lock(self.worker);
        worker.run(job, self.config.timeout)
    }
}

/// What an untraced benchmark run of a case gave.
#[derive(Debug, Deserialize)]
pub struct PlainTiming {
    /// Best wall time of compile+exec, in seconds.
    pub seconds: f64,
    /// What the program printed.
    pub out: String,
}

impl EmbeddedCpython {
    /// Benchmark support: best of `repeat` untraced compile+exec runs of the case.
    pub fn time_plain(&mut self, case: &Case, repeat: u32) -> Result<PlainTiming, String> {
        let job = Job {
            id: 0,
            source: case.source.clone(),
            filename: case.filename(),
            kind: JobKind::Time { repeat },
        };
        let budget = self.config.timeout * repeat.max(1);
        let _note = crate::crash_note::running(&case.file.id.display().to_string());
        let mut worker = lock(self.worker);
        match worker.call(job, budget) {
            Ok(Reply::Json(json)) => {
                serde_json::from_str(&json).map_err(|e| format!("bad timing reply: {e}"))
            }
            Ok(_) => Err("unexpected reply from the interpreter thread".into()),
            Err(outcome) => Err(outcome.reason().unwrap_or_default()),
        }
    }
}

fn lock(worker: &Mutex<Worker>) -> std::sync::MutexGuard<'_, Worker> {
    worker
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

struct Job {
    id: u64,
    source: String,
    filename: String,
    kind: JobKind,
}

/// What the worker does with a case.
enum JobKind {
    /// `tracer.run_case_result(source, filename, options_json, statements)` (statements as
    /// tuples; neither they nor the result make a JSON round trip).
    Trace {
        options: String,
        statements: Option<Vec<SpanTuple>>,
    },
    /// `tracer.time_plain(source, filename, repeat)`: untraced compile+exec, for benchmarks.
    Time { repeat: u32 },
}

/// A statement span as the tracer takes it: (line, col, start, end, expr, future).
type SpanTuple = (u32, u32, u32, u32, bool, bool);

/// What the worker thread hands back: the tracer's result (read from Python, or its JSON), or
/// why the call failed.
enum Reply {
    Raw(RawResult),
    Json(String),
    TimedOutOutsideCase,
    PythonError(String),
}

#[derive(Clone)]
struct Info {
    describe: String,
    version: String,
}

enum WorkerState {
    Ready,
    /// A case never came back; the interpreter is unusable for the rest of the process.
    Wedged(String),
}

struct Worker {
    jobs: Sender<Job>,
    replies: Receiver<(u64, Reply)>,
    watchdog: Arc<Watchdog>,
    info: Info,
    state: WorkerState,
    next_id: u64,
}

impl Worker {
    fn start() -> Result<Worker, String> {
        let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
        let (replies_tx, replies_rx) = mpsc::channel();
        let (init_tx, init_rx) = mpsc::channel();
        let running = Arc::new(AtomicU64::new(0));
        let running_worker = Arc::clone(&running);
        std::thread::Builder::new()
            .name("yieldspec-cpython".into())
            .stack_size(INTERPRETER_STACK)
            .spawn(move || worker_main(jobs_rx, replies_tx, running_worker, init_tx))
            .map_err(|e| e.to_string())?;
        let (info, handles) = init_rx
            .recv()
            .map_err(|_| "the interpreter thread died while starting".to_string())??;
        let watchdog = Arc::new(Watchdog {
            armed: Mutex::new(None),
            running,
            handles,
        });
        let w = Arc::clone(&watchdog);
        std::thread::Builder::new()
            .name("yieldspec-watchdog".into())
            .spawn(move || w.main())
            .map_err(|e| e.to_string())?;
        Ok(Worker {
            jobs: jobs_tx,
            replies: replies_rx,
            watchdog,
            info,
            state: WorkerState::Ready,
            next_id: 1,
        })
    }

    /// Hand a job to the interpreter thread and wait for its reply within `budget` (plus
    /// grace). Err is the outcome when there is no reply to interpret.
    fn call(&mut self, mut job: Job, budget: Duration) -> Result<Reply, Outcome> {
        let backend = self.info.describe.clone();
        let budget_text = budget_text(budget);
        if let WorkerState::Wedged(why) = &self.state {
            return Err(Outcome::Error {
                backend,
                message: why.clone(),
            });
        }
        job.id = self.next_id;
        self.next_id += 1;
        let id = job.id;
        if self.jobs.send(job).is_err() {
            return Err(self.thread_exited(backend));
        }
        self.watchdog.arm(id, Instant::now() + budget);
        let reply = loop {
            match self.replies.recv_timeout(budget + GRACE) {
                Ok((got, reply)) if got == id => break Ok(reply),
                Ok(_) => continue, // a late reply to an earlier job
                Err(e) => break Err(e),
            }
        };
        self.watchdog.disarm();
        match reply {
            Ok(Reply::TimedOutOutsideCase) => Err(timeout(backend, budget_text)),
            Ok(Reply::PythonError(message)) => Err(Outcome::Crashed {
                backend,
                message: format!("the tracer failed: {message}"),
            }),
            Ok(reply) => Ok(reply),
            Err(RecvTimeoutError::Timeout) => {
                self.state = WorkerState::Wedged(format!(
                    "embedded CPython is still busy with a case that overran its {budget_text} \
                     by more than {} s; restart yieldspec",
                    GRACE.as_secs()
                ));
                Err(timeout(backend, budget_text))
            }
            Err(RecvTimeoutError::Disconnected) => Err(self.thread_exited(backend)),
        }
    }

    /// Trace a case.
    fn run(&mut self, job: Job, budget: Duration) -> Outcome {
        let backend = self.info.describe.clone();
        match self.call(job, budget) {
            Ok(Reply::Raw(raw)) => raw.into_outcome(&budget_text(budget)),
            Ok(Reply::Json(json)) => parse_reply(&json, backend, &budget_text(budget)),
            Ok(_) => Outcome::Crashed {
                backend,
                message: "unexpected reply from the interpreter thread".into(),
            },
            Err(outcome) => outcome,
        }
    }

    fn thread_exited(&mut self, backend: String) -> Outcome {
        let message = "the interpreter thread has exited".to_string();
        self.state = WorkerState::Wedged(message.clone());
        Outcome::Crashed { backend, message }
    }
}

fn budget_text(budget: Duration) -> String {
    format!("time budget of {} s", budget.as_secs_f64())
}

fn timeout(backend: String, budget: String) -> Outcome {
    Outcome::Timeout {
        budget,
        partial: Trace {
            backend,
            ..Trace::default()
        },
    }
}

/// Python objects the watchdog needs.
struct Handles {
    tracer: Py<PyModule>,
    timeout_type: Py<PyAny>,
    thread_ident: u64,
}

fn worker_main(
    jobs: Receiver<Job>,
    replies: Sender<(u64, Reply)>,
    running: Arc<AtomicU64>,
    init: Sender<Result<(Info, Handles), String>>,
) {
    let setup = Python::attach(|py| -> PyResult<(Info, Handles)> {
        let code = CString::new(TRACER_SOURCE).expect("tracer.py has no NUL bytes");
        let tracer = PyModule::from_code(py, &code, c"yieldspec_tracer.py", c"yieldspec_tracer")?;
        let describe: String = tracer.call_method0("describe")?.extract()?;
        let version: String = tracer.call_method0("version")?.extract()?;
        let thread_ident: u64 = py
            .import("threading")?
            .call_method0("get_ident")?
            .extract()?;
        let timeout_type = tracer.getattr("Timeout")?.unbind();
        Ok((
            Info { describe, version },
            Handles {
                tracer: tracer.unbind(),
                timeout_type,
                thread_ident,
            },
        ))
    });
    let (tracer, ident) = match setup {
        Ok((info, handles)) => {
            let tracer = Python::attach(|py| handles.tracer.clone_ref(py));
            let ident = handles.thread_ident;
            if init.send(Ok((info, handles))).is_err() {
                return;
            }
            (tracer, ident)
        }
        Err(e) => {
            let _ = init.send(Err(e.to_string()));
            return;
        }
    };
    for job in jobs {
        let reply = Python::attach(|py| {
            running.store(job.id, Ordering::SeqCst);
            let tracer = tracer.bind(py);
            let result = match job.kind {
                JobKind::Trace {
                    options,
                    statements,
                } => {
                    let args = (job.source, job.filename, options, statements);
                    tracer
                        .call_method1("run_case_result", args)
                        .and_then(|result| match RawResult::from_py(&result) {
                            Ok(raw) => Ok(Reply::Raw(raw)),
                            // Not in the form read directly: read it the way the process
                            // backend does, so that both ways give the same outcome.
                            Err(_) => tracer
                                .getattr("json")?
                                .call_method1("dumps", (result,))?
                                .extract()
                                .map(Reply::Json),
                        })
                }
                JobKind::Time { repeat } => tracer
                    .call_method1("time_plain", (job.source, job.filename, repeat))
                    .and_then(|r| r.extract())
                    .map(Reply::Json),
            };
            running.store(0, Ordering::SeqCst);
            // SAFETY: we hold the GIL; a null exception clears any injection still pending.
            unsafe {
                pyo3::ffi::PyThreadState_SetAsyncExc(ident as _, std::ptr::null_mut());
            }
            match result {
                Ok(reply) => reply,
                Err(err) => {
                    let _ = tracer.call_method0("restore");
                    let timeout = tracer.getattr("Timeout").ok();
                    if timeout.is_some_and(|t| err.is_instance(py, &t)) {
                        Reply::TimedOutOutsideCase
                    } else {
                        Reply::PythonError(err.to_string())
                    }
                }
            }
        });
        if replies.send((job.id, reply)).is_err() {
            return;
        }
    }
}

/// Fires the tracer's Timeout into the worker thread when an armed deadline passes. It polls
/// (every [`POLL`]) instead of being woken: arming and disarming are then a store each, with no
/// thread to wake per case, which matters when cases take a few hundred microseconds.
struct Watchdog {
    armed: Mutex<Option<(u64, Instant)>>,
    /// The job id the worker is running Python code for (0: none); written under the GIL.
    running: Arc<AtomicU64>,
    handles: Handles,
}

impl Watchdog {
    fn arm(&self, job: u64, deadline: Instant) {
        *self.armed.lock().unwrap_or_else(|p| p.into_inner()) = Some((job, deadline));
    }

    fn disarm(&self) {
        *self.armed.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn main(&self) {
        loop {
            std::thread::sleep(POLL);
            let due = {
                let mut armed = self.armed.lock().unwrap_or_else(|p| p.into_inner());
                match *armed {
                    Some((job, deadline)) if Instant::now() >= deadline => {
                        *armed = Some((job, Instant::now() + REINJECT));
                        Some(job)
                    }
                    _ => None,
                }
            };
            if let Some(job) = due {
                self.inject(job);
            }
        }
    }

    fn inject(&self, job: u64) {
        Python::attach(|py| {
            if self.running.load(Ordering::SeqCst) != job {
                return;
            }
            let _ = self.handles.tracer.bind(py).setattr("timed_out", true);
            // SAFETY: we hold the GIL; the exception type is a live class object.
            unsafe {
                pyo3::ffi::PyThreadState_SetAsyncExc(
                    self.handles.thread_ident as _,
                    self.handles.timeout_type.as_ptr(),
                );
            }
        });
    }
}
