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
//!
//! A case that leaves the interpreter in a state the tracer cannot undo (a thread still
//! running, an audit hook; the tracer reports it `poisoned`), or that never gives it back,
//! costs the rest of the run its embedded interpreter: the backend says so once on stderr and
//! runs every later case on a fresh worker process of the same CPython (the process backend),
//! so later cases still get the traces a fresh interpreter gives.
//!
//! A thread that runs many small cases itself (the fuzz loop) can instead run them *in place*,
//! inside [`in_place`]: each case then runs on the calling thread under the GIL, which saves
//! the two thread switches of the hand-off per case. See [`in_place`] for what changes then.

use crate::error::Error;
use std::cell::RefCell;
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
use crate::tracer_result::parse_reply;
use crate::tracer_result::RawResult;

use crate::tracer::TRACER_SOURCE;

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
    /// The interpreter's executable, for a fresh worker when the embedded one is lost.
    executable: Option<String>,
    /// That worker, once the embedded interpreter is lost.
    fallback: Option<crate::process::ProcessBackend>,
}

impl EmbeddedCpython {
    /// Start (once per process) or reuse the embedded interpreter.
    pub fn open(config: &RunConfig) -> Result<Self, Error> {
        static WORKER: OnceLock<Result<Mutex<Worker>, Error>> = OnceLock::new();
        crate::crash_note::install();
        let worker = WORKER
            .get_or_init(|| Worker::start().map(Mutex::new))
            .as_ref()
            .map_err(|e| Error::Backend(format!("cannot start embedded CPython: {e}")))?;
        let info = lock(worker).info.clone();
        Ok(EmbeddedCpython {
            worker,
            config: config.clone(),
            describe: info.describe,
            executable: info.executable,
            fallback: None,
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
        let options = crate::finalization::tracer_options(&self.config);
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
                options: serde_json::Value::Object(options).to_string(),
                statements,
            },
        };
        let _note = crate::crash_note::running(&case.file.id.display().to_string());
        let mut worker = lock(self.worker);
        if let Some(why) = worker.lost() {
            drop(worker);
            return self.run_on_fallback(case, &why);
        }
        let outcome = worker.run(job, self.config.timeout);
        crate::interrupt::reassert();
        if let Outcome::Poisoned { message, .. } = &outcome {
            worker.state =
                WorkerState::Lost(format!("{} poisoned it: {message}", case.file.id.display()));
        }
        outcome
    }
}

impl EmbeddedCpython {
    /// Run a case on a worker process of the same CPython, the embedded one being lost.
    fn run_on_fallback(&mut self, case: &Case, why: &str) -> Outcome {
        if self.fallback.is_none() {
            let Some(exe) = self.executable.clone() else {
                return Outcome::Error {
                    backend: self.describe.clone(),
                    message: format!(
                        "embedded CPython is lost ({why}) and its executable is unknown"
                    ),
                };
            };
            match crate::process::ProcessBackend::open(&exe, &self.config) {
                Ok(backend) => {
                    say_moved(why, &exe);
                    self.fallback = Some(backend);
                }
                Err(e) => {
                    return Outcome::Error {
                        backend: self.describe.clone(),
                        message: format!("embedded CPython is lost ({why}); {e}"),
                    }
                }
            }
        }
        match self.fallback.as_mut() {
            Some(backend) => backend.run(case),
            None => Outcome::Error {
                backend: self.describe.clone(),
                message: "no fallback worker".into(),
            },
        }
    }
}

/// Tell the user, once per process, that the embedded interpreter is lost.
fn say_moved(why: &str, exe: &str) {
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        eprintln!(
            "yieldspec: embedded CPython cannot run more cases ({why}); the remaining cases run \
             on a fresh worker process, process:{exe}"
        );
    });
}

/// What an untraced benchmark run of a case gave.
#[derive(Debug, Deserialize)]
pub struct PlainTiming {
    /// Best wall time of compile+exec, in seconds.
    pub seconds: f64,
    /// Best CPU time of the process (user + system) over the same runs, in seconds.
    pub cpu_seconds: f64,
    /// What the program printed.
    pub out: String,
}

impl EmbeddedCpython {
    /// Benchmark support: best of `repeat` untraced compile+exec runs of the case.
    pub fn time_plain(&mut self, case: &Case, repeat: u32) -> Result<PlainTiming, Error> {
        let job = Job {
            id: 0,
            source: case.source.clone(),
            filename: case.filename(),
            kind: JobKind::Time { repeat },
        };
        let budget = self.config.timeout * repeat.max(1);
        let _note = crate::crash_note::running(&case.file.id.display().to_string());
        let mut worker = lock(self.worker);
        if let Some(why) = worker.lost() {
            return Err(Error::Backend(format!("embedded CPython is lost: {why}")));
        }
        match worker.call(job, budget) {
            Ok(Reply::Json(json)) => serde_json::from_str(&json)
                .map_err(|e| Error::Backend(format!("bad timing reply: {e}"))),
            Ok(_) => Err(Error::Backend(
                "unexpected reply from the interpreter thread".into(),
            )),
            Err(outcome) => Err(Error::Backend(outcome.reason().unwrap_or_default())),
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

/// What running a job gives: the tracer's result (read from Python, or its JSON), or why the
/// call failed.
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
    /// A path to run this CPython as a process (for the fallback worker), if found.
    executable: Option<String>,
}

enum WorkerState {
    Ready,
    /// A case never came back, or poisoned the interpreter: it is unusable for the rest of the
    /// process.
    Lost(String),
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
    fn start() -> Result<Worker, Error> {
        let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
        let (replies_tx, replies_rx) = mpsc::channel();
        let (init_tx, init_rx) = mpsc::channel();
        let running = Arc::new(Running::default());
        let running_worker = Arc::clone(&running);
        std::thread::Builder::new()
            .name("yieldspec-cpython".into())
            .stack_size(INTERPRETER_STACK)
            .spawn(move || worker_main(jobs_rx, replies_tx, running_worker, init_tx))
            .map_err(|e| Error::Backend(format!("cannot start the interpreter thread: {e}")))?;
        let (info, handles) = init_rx.recv().map_err(|_| {
            Error::Backend("the interpreter thread died while starting".to_string())
        })??;
        let watchdog = Arc::new(Watchdog {
            armed: Mutex::new(None),
            running,
            handles,
        });
        let w = Arc::clone(&watchdog);
        std::thread::Builder::new()
            .name("yieldspec-watchdog".into())
            .spawn(move || w.main())
            .map_err(|e| Error::Backend(format!("cannot start the watchdog thread: {e}")))?;
        Ok(Worker {
            jobs: jobs_tx,
            replies: replies_rx,
            watchdog,
            info,
            state: WorkerState::Ready,
            next_id: 1,
        })
    }

    /// Run a job, on this thread if it is [`in_place`], else on the interpreter thread, and
    /// wait for its reply within `budget` (plus grace). Err is the outcome when there is no
    /// reply to interpret.
    fn call(&mut self, mut job: Job, budget: Duration) -> Result<Reply, Outcome> {
        let backend = self.info.describe.clone();
        let budget_text = budget_text(budget);
        if let WorkerState::Lost(why) = &self.state {
            return Err(Outcome::Error {
                backend,
                message: why.clone(),
            });
        }
        job.id = self.next_id;
        self.next_id += 1;
        let reply = match here() {
            Some(ident) => Ok(self.run_here(job, ident, budget)),
            None => self.hand_off(job, budget),
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
                self.state = WorkerState::Lost(format!(
                    "it is still busy with a case that overran its {budget_text} by more than {} s",
                    GRACE.as_secs()
                ));
                Err(timeout(backend, budget_text))
            }
            Err(RecvTimeoutError::Disconnected) => Err(self.thread_exited(backend)),
        }
    }

    /// Hand a job to the interpreter thread and wait for its reply; give up on it (the caller
    /// marks the interpreter wedged) at `budget` plus grace.
    fn hand_off(&mut self, job: Job, budget: Duration) -> Result<Reply, RecvTimeoutError> {
        let id = job.id;
        if self.jobs.send(job).is_err() {
            return Err(RecvTimeoutError::Disconnected);
        }
        self.watchdog.arm(id, budget, false);
        loop {
            match self.replies.recv_timeout(budget + GRACE) {
                Ok((got, reply)) if got == id => return Ok(reply),
                Ok(_) => continue, // a late reply to an earlier job
                Err(e) => return Err(e),
            }
        }
    }

    /// Run a job on the calling thread (`ident`: its Python thread ident), which is
    /// [`in_place`]. It cannot be abandoned: this returns when the tracer does.
    fn run_here(&mut self, job: Job, ident: u64, budget: Duration) -> Reply {
        let watchdog = &*self.watchdog;
        watchdog.arm(job.id, budget, true);
        Python::attach(|py| {
            let tracer = watchdog.handles.tracer.bind(py);
            execute(py, tracer, job, &watchdog.running, ident)
        })
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
        self.state = WorkerState::Lost(message.clone());
        Outcome::Crashed { backend, message }
    }

    /// Why the interpreter cannot run cases any more, if it cannot.
    fn lost(&self) -> Option<String> {
        match &self.state {
            WorkerState::Ready => None,
            WorkerState::Lost(why) => Some(why.clone()),
        }
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

/// Python objects the watchdog (and a thread running cases in place) needs.
struct Handles {
    tracer: Py<PyModule>,
    timeout_type: Py<PyAny>,
}

/// The embedded CPython's own interpreter program (`sys.executable` is the embedding binary).
fn executable(py: Python<'_>) -> PyResult<Option<String>> {
    let code = c"import os, sys\n\
        _p = os.path.join(sys.base_exec_prefix, 'bin', 'python%d.%d' % sys.version_info[:2])\n\
        _found = _p if os.access(_p, os.X_OK) else None\n";
    let globals = pyo3::types::PyDict::new(py);
    py.run(code, Some(&globals), None)?;
    globals
        .get_item("_found")?
        .map(|v| v.extract())
        .transpose()
        .map(Option::flatten)
}

fn worker_main(
    jobs: Receiver<Job>,
    replies: Sender<(u64, Reply)>,
    running: Arc<Running>,
    init: Sender<Result<(Info, Handles), Error>>,
) {
    let setup = Python::attach(|py| -> PyResult<(Info, Handles)> {
        let code = CString::new(TRACER_SOURCE).expect("tracer.py has no NUL bytes");
        let tracer = PyModule::from_code(py, &code, c"yieldspec_tracer.py", c"yieldspec_tracer")?;
        let describe: String = tracer.call_method0("describe")?.extract()?;
        let version: String = tracer.call_method0("version")?.extract()?;
        let timeout_type = tracer.getattr("Timeout")?.unbind();
        let executable = executable(py).ok().flatten();
        Ok((
            Info {
                describe,
                version,
                executable,
            },
            Handles {
                tracer: tracer.unbind(),
                timeout_type,
            },
        ))
    });
    let tracer = match setup {
        Ok((info, handles)) => {
            let tracer = Python::attach(|py| handles.tracer.clone_ref(py));
            if init.send(Ok((info, handles))).is_err() {
                return;
            }
            tracer
        }
        Err(e) => {
            let _ = init.send(Err(Error::Backend(e.to_string())));
            return;
        }
    };
    // SAFETY: no precondition (`threading.get_ident()` of this thread).
    let ident = unsafe { pyo3::ffi::PyThread_get_thread_ident() } as u64;
    for job in jobs {
        let id = job.id;
        let reply = Python::attach(|py| execute(py, tracer.bind(py), job, &running, ident));
        if replies.send((id, reply)).is_err() {
            return;
        }
    }
}

/// Run a job on the current thread (`ident`: its Python thread ident), which holds the GIL.
/// While the tracer runs, `running` names the job and the thread, for the watchdog.
fn execute(
    py: Python<'_>,
    tracer: &Bound<'_, PyModule>,
    job: Job,
    running: &Running,
    ident: u64,
) -> Reply {
    let job_id = job.id;
    running.ident.store(ident, Ordering::SeqCst);
    running.job.store(job_id, Ordering::SeqCst);
    let result = match job.kind {
        JobKind::Trace {
            options,
            statements,
        } => {
            let args = (job.source, job.filename, options, statements);
            tracer.call_method1("run_case_result", args).and_then(
                |result| match RawResult::from_py(&result) {
                    Ok(raw) => Ok(Reply::Raw(raw)),
                    // Not in the form read directly: read it the way the process backend does,
                    // so that both ways give the same outcome.
                    Err(_) => tracer
                        .getattr("json")?
                        .call_method1("dumps", (result,))?
                        .extract()
                        .map(Reply::Json),
                },
            )
        }
        JobKind::Time { repeat } => tracer
            .call_method1("time_plain", (job.source, job.filename, repeat))
            .and_then(|r| r.extract())
            .map(Reply::Json),
    };
    running.job.store(0, Ordering::SeqCst);
    if running.injected.swap(0, Ordering::SeqCst) == job_id {
        // The watchdog injected a Timeout into this job, perhaps too late to be raised in it:
        // let it be raised now, in a loop of the tracer's that discards it, so that it cannot
        // hit the next job (or Python code the thread runs in between). Clearing it with
        // PyThreadState_SetAsyncExc(NULL) instead would leave the interpreter's "async
        // exception pending" flag set for good (only delivering an exception resets it); from
        // then on every eval-breaker check handles "pending" work, and on 3.11 a traced or
        // profiled frame (sys.settrace, sys.setprofile) never gets past its RESUME: the tracing
        // dispatch re-checks the breaker at the same instruction forever.
        let _ = tracer.call_method0("drain_timeout");
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
}

/// The job whose Python code runs now, and the thread it runs on: the interpreter thread, or a
/// thread running cases [`in_place`]. Both are written under the GIL by that thread, and read
/// under the GIL by the watchdog, so that it never injects into a thread after its job ended.
#[derive(Default)]
struct Running {
    /// The job id (0: none).
    job: AtomicU64,
    /// `threading.get_ident()` of the thread running it.
    ident: AtomicU64,
    /// The job the watchdog last injected a Timeout into (0: none since the last drain).
    injected: AtomicU64,
}

/// A deadline the watchdog watches.
struct Armed {
    job: u64,
    /// When to inject (again).
    due: Instant,
    /// For a job run in place: when to say that it is stuck (once).
    stuck: Option<Instant>,
}

/// Fires the tracer's Timeout into the thread running a job when its armed deadline passes. It
/// polls (every [`POLL`]) instead of being woken: arming and disarming are then a store each,
/// with no thread to wake per case, which matters when cases take a few hundred microseconds.
struct Watchdog {
    armed: Mutex<Option<Armed>>,
    running: Arc<Running>,
    handles: Handles,
}

impl Watchdog {
    fn arm(&self, job: u64, budget: Duration, in_place: bool) {
        let now = Instant::now();
        let armed = Armed {
            job,
            due: now + budget,
            stuck: in_place.then(|| now + budget + GRACE),
        };
        *self.armed.lock().unwrap_or_else(|p| p.into_inner()) = Some(armed);
    }

    fn disarm(&self) {
        *self.armed.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn main(&self) {
        loop {
            std::thread::sleep(POLL);
            let (due, stuck) = {
                let mut armed = self.armed.lock().unwrap_or_else(|p| p.into_inner());
                if armed.is_some() {
                    // A case that sets SIGINT or SIGTERM to be ignored (or handled by Python)
                    // must not make the run unstoppable while it runs.
                    crate::interrupt::reassert();
                }
                match armed.as_mut() {
                    Some(a) if Instant::now() >= a.due || crate::interrupt::requested() => {
                        a.due = Instant::now() + REINJECT;
                        let stuck = a.stuck.is_some_and(|t| Instant::now() >= t);
                        if stuck {
                            a.stuck = None;
                        }
                        (Some(a.job), stuck)
                    }
                    _ => (None, false),
                }
            };
            if stuck {
                say_stuck();
            }
            if let Some(job) = due {
                self.inject(job);
            }
        }
    }

    fn inject(&self, job: u64) {
        Python::attach(|py| {
            if self.running.job.load(Ordering::SeqCst) != job {
                return;
            }
            let ident = self.running.ident.load(Ordering::SeqCst);
            let _ = self.handles.tracer.bind(py).setattr("timed_out", true);
            self.running.injected.store(job, Ordering::SeqCst);
            // SAFETY: we hold the GIL; the exception type is a live class object.
            unsafe {
                pyo3::ffi::PyThreadState_SetAsyncExc(
                    ident as _,
                    self.handles.timeout_type.as_ptr(),
                );
            }
        });
    }
}

/// What the watchdog says when a case run in place does not return within its budget plus
/// grace: the interpreter thread would be given up, but the thread running a case in place is
/// the caller itself, which can only wait (while the Timeout keeps being injected).
fn say_stuck() {
    let context = crate::crash_note::context();
    eprintln!(
        "\nyieldspec: embedded CPython is still running a case {} s past its time budget{}{context}; \
         it runs in place (on the calling thread), so it cannot be abandoned: yieldspec keeps \
         interrupting it and waits. A case stuck in C code that never checks for Python \
         exceptions needs a process backend (e.g. `--left process:python3`).",
        GRACE.as_secs(),
        if context.is_empty() { "" } else { ", in " },
    );
}

/// This thread's in-place mode, while [`in_place`] runs.
struct InPlace {
    /// Filled in when the first case runs here (the interpreter is started by then).
    here: Option<Here>,
}

/// What running cases in place needs to know of the calling thread.
struct Here {
    /// `threading.get_ident()` of this thread, where the watchdog injects.
    ident: u64,
    /// The Python thread state created for this thread by the first case and kept, detached,
    /// between cases (see [`in_place`]), with the `PyGILState_Ensure` result that made it;
    /// `None` when the thread had a thread state of its own already.
    kept: Option<(pyo3::ffi::PyGILState_STATE, *mut pyo3::ffi::PyThreadState)>,
}

thread_local! {
    static IN_PLACE: RefCell<Option<InPlace>> = const { RefCell::new(None) };
}

/// Run `f` with embedded CPython running cases *in place*: every case that `f` runs on this
/// thread (through any [`EmbeddedCpython`] handle) runs right here, under the GIL, instead of
/// being handed to the interpreter thread and awaited. For loops of many small cases (the fuzz
/// loop), where the hand-off (two thread switches per case) is a noticeable part of each case.
///
/// Only a thread whose stack holds at least as much as the interpreter thread's (256 MiB; e.g.
/// a thread from `yieldspec_engine::on_large_stack`, with 1 GiB) can run cases in
/// place, so that recursion goes as deep as there; on any other thread (and off Linux, where
/// the stack size is not checked) `f` simply runs with cases handed off as usual. Other threads
/// are not affected, and cases still run one at a time process-wide.
///
/// What stays the same: the time budget (the watchdog injects the tracer's Timeout into
/// whichever thread runs the case), outcomes, and the crash note naming the case.
///
/// What differs: a case that does not return (stuck in C code that never checks for
/// exceptions) cannot be abandoned, since it runs on the caller's own thread: instead of the
/// backend giving it up after its budget plus grace and reporting every later case as an
/// error, the watchdog says so on stderr and the caller waits, while the Timeout keeps being
/// injected. Generated programs terminate by construction, and the injection interrupts any
/// loop of Python code, so this is for the fuzz loop an acceptable price.
///
/// The first case run here creates a Python thread state for this thread, which is kept
/// between cases (detached: this thread does not hold the GIL between cases) and deleted
/// when `f` returns, so that each case does not create and delete one. Reusing it is what the
/// interpreter thread does too: the tracer restores what a case changes, a case's frames and
/// exception state are gone when it returns, and a Timeout still pending is cleared.
pub fn in_place<T>(f: impl FnOnce() -> T) -> T {
    let nested = IN_PLACE.with(|m| m.borrow().is_some());
    if nested || !stack_holds(INTERPRETER_STACK) {
        return f();
    }
    IN_PLACE.with(|m| *m.borrow_mut() = Some(InPlace { here: None }));
    let _scope = InPlaceScope;
    f()
}

/// Ends in-place mode, also when `f` panics.
struct InPlaceScope;

impl Drop for InPlaceScope {
    fn drop(&mut self) {
        let mode = IN_PLACE.with(|m| m.borrow_mut().take());
        if let Some((gstate, tstate)) = mode.and_then(|m| m.here).and_then(|h| h.kept) {
            // SAFETY: `tstate` is this thread's, detached by `PyEval_SaveThread` in
            // `Here::attach` and not attached since (every `Python::attach` in between was
            // matched); re-attaching it and releasing the `PyGILState_Ensure` deletes it.
            unsafe {
                pyo3::ffi::PyEval_RestoreThread(tstate);
                pyo3::ffi::PyGILState_Release(gstate);
            }
        }
    }
}

/// The Python thread ident of this thread if it runs cases in place, `None` if it hands them
/// off. Call only with the interpreter started.
fn here() -> Option<u64> {
    IN_PLACE.with(|m| {
        let mut m = m.borrow_mut();
        let mode = m.as_mut()?;
        Some(mode.here.get_or_insert_with(Here::attach).ident)
    })
}

impl Here {
    fn attach() -> Here {
        // SAFETY: the interpreter is initialized (the interpreter thread started it) and this
        // thread is not attached to it: with no thread state of its own, `PyGILState_Ensure`
        // creates one and attaches it, `PyEval_SaveThread` detaches it again (releasing the
        // GIL) while `Python::attach` can later re-attach it, without deleting it, since the
        // count of `PyGILState_Ensure` calls it keeps does not drop to zero in between.
        unsafe {
            let ident = pyo3::ffi::PyThread_get_thread_ident() as u64;
            if !pyo3::ffi::PyGILState_GetThisThreadState().is_null() {
                return Here { ident, kept: None };
            }
            let gstate = pyo3::ffi::PyGILState_Ensure();
            let tstate = pyo3::ffi::PyEval_SaveThread();
            Here {
                ident,
                kept: Some((gstate, tstate)),
            }
        }
    }
}

/// Whether the calling thread's stack is at least `bytes` large.
#[cfg(target_os = "linux")]
fn stack_holds(bytes: usize) -> bool {
    // SAFETY: `attr` is initialised by pthread_getattr_np before it is read, and destroyed
    // after; the size is written to a local.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return false;
        }
        let mut size = 0usize;
        let ok = libc::pthread_attr_getstacksize(&attr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        ok && size >= bytes
    }
}

#[cfg(not(target_os = "linux"))]
fn stack_holds(_bytes: usize) -> bool {
    false
}
