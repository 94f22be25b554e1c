//! The `process:COMMAND` backend: any Python implementation, run as a long-lived worker
//! process that executes the shared tracer module (`tracer.py`, its `serve()` loop).
//!
//! One worker takes many cases over stdin/stdout (one JSON line each way), so interpreter
//! start-up is paid once, not per case. A case that overruns its time budget gets the worker
//! killed and a `timeout` outcome; a worker that dies (e.g. a segfault) gives a `crashed`
//! outcome naming its exit status and last stderr lines; a case that changed the interpreter
//! beyond repair (`poisoned`) or wrote to the protocol gets the worker replaced. Either way a
//! fresh worker serves the next case. A command that cannot be started is an error when the
//! backend is opened. At the end of a run the worker's input is closed and it exits by itself
//! (killed only after a grace period), so exit-time work such as an instrumented interpreter's
//! coverage counters happens.
//!
//! Isolation: the worker runs in a process group of its own (killing it kills whatever its
//! cases started) and dies with the thread that started it (`PR_SET_PDEATHSIG`). The tracer
//! speaks the protocol on private copies of the pipes (the case sees /dev/null as fd 0 and
//! stderr as fd 1), and every reply must start with the nonce of its request, so a line a case
//! writes to the protocol (or a forked child's) is never taken for a reply.

use crate::error::Error;
use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use yieldspec_trace::{Outcome, Trace};

use crate::backend::{Backend, RunConfig};
use crate::case::Case;
use crate::tracer::{MICRO_TRACER_SOURCE, TRACER_SOURCE};
use crate::tracer_result::parse_reply;

/// The least time a new worker gets to say hello (it gets `--timeout` if that is longer):
/// interpreters such as PyPy take a good part of a second to start, and several seconds on a
/// loaded machine.
const MIN_START_BUDGET: Duration = Duration::from_secs(10);
/// Lines of a worker's stderr kept for crash reports.
const STDERR_LINES: usize = 20;
/// How long a worker that closed its end of the protocol may take to exit on its own before it
/// is killed (so that its exit status, e.g. a panic's 101 or a signal, is the real one).
const EXIT_ON_ITS_OWN: Duration = Duration::from_secs(2);
/// How long a worker may take to exit by itself once its input is closed at the end of a run
/// (an interpreter built with coverage instrumentation writes its counters then); after that
/// it is killed. Timeouts and crashes never wait.
const EXIT_GRACE: Duration = Duration::from_secs(10);

pub struct ProcessBackend {
    command: String,
    program: PathBuf,
    args: Vec<String>,
    config: RunConfig,
    describe: String,
    version: String,
    limits: Vec<String>,
    worker: Option<Worker>,
    /// Makes the nonces of requests (see [`ProcessBackend::nonce`]).
    nonces: std::collections::hash_map::RandomState,
    requests: u64,
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    stderr: Arc<Mutex<VecDeque<String>>>,
    /// The thread keeping the stderr tail; it ends when the worker's stderr closes.
    stderr_reader: std::thread::JoinHandle<()>,
}

#[derive(serde::Deserialize)]
struct Hello {
    hello: String,
    version: String,
    /// What the worker's tracer cannot observe (the reduced MicroPython tracer says so).
    #[serde(default)]
    limits: Vec<String>,
}

impl ProcessBackend {
    /// Start a worker for `command` (a program name or path, optionally followed by arguments).
    pub fn open(command: &str, config: &RunConfig) -> Result<Self, Error> {
        let mut words = command.split_whitespace();
        let name = words
            .next()
            .ok_or_else(|| Error::Backend("process: empty command".into()))?;
        let program = resolve(name).ok_or_else(|| {
            Error::Backend(format!(
                "backend process:{command}: interpreter {name:?} is not installed (not found on \
                 PATH)"
            ))
        })?;
        let mut backend = ProcessBackend {
            command: command.to_string(),
            program,
            args: words.map(str::to_string).collect(),
            config: config.clone(),
            describe: String::new(),
            version: String::new(),
            limits: Vec::new(),
            worker: None,
            nonces: Default::default(),
            requests: 0,
        };
        let hello = backend.start()?;
        backend.describe = hello.hello;
        backend.version = hello.version;
        backend.limits = hello.limits;
        Ok(backend)
    }

    /// A number the reply to the next request must start with (not guessable from earlier
    /// ones, so that a case cannot forge the reply to the next case either).
    fn nonce(&mut self) -> String {
        self.requests += 1;
        let mut h = self.nonces.build_hasher();
        h.write_u64(self.requests);
        format!("{:016x}", h.finish())
    }

    fn start(&mut self) -> Result<Hello, Error> {
        let mut command = Command::new(&self.program);
        command
            .args(&self.args)
            .arg("-c")
            .arg(worker_code())
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0);
        // SAFETY: prctl is async-signal-safe and touches nothing of the parent's memory.
        #[cfg(target_os = "linux")]
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let mut child = command.spawn().map_err(|e| {
            Error::Backend(format!(
                "process:{}: cannot start {}: {e}",
                self.command,
                self.program.display()
            ))
        })?;
        let (stdin, stdout, stderr) =
            match (child.stdin.take(), child.stdout.take(), child.stderr.take()) {
                (Some(i), Some(o), Some(e)) => (i, o, e),
                _ => {
                    return Err(Error::Backend(
                        "process: pipes to the worker are missing".into(),
                    ))
                }
            };
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let tail_writer = Arc::clone(&tail);
        let stderr_reader = std::thread::spawn(move || keep_tail(stderr, &tail_writer));
        if let Ok(pid) = i32::try_from(child.id()) {
            crate::interrupt::register_group(pid);
        }
        let mut worker = Worker {
            child,
            stdin,
            lines,
            stderr: tail,
            stderr_reader,
        };
        let budget = self.config.timeout.max(MIN_START_BUDGET);
        let hello = match worker.lines.recv_timeout(budget) {
            Ok(line) => line
                .strip_prefix("hello ")
                .ok_or_else(|| "no hello".to_string())
                .and_then(|json| serde_json::from_str::<Hello>(json).map_err(|e| e.to_string()))
                .map_err(|e| format!("process:{}: bad hello {line:?}: {e}", self.command)),
            Err(RecvTimeoutError::Timeout) => Err(format!(
                "process:{}: the interpreter did not answer within {} s{}",
                self.command,
                budget.as_secs_f64(),
                worker.stderr_tail()
            )),
            Err(RecvTimeoutError::Disconnected) => Err(format!(
                "process:{}: the interpreter exited before it answered{}",
                self.command,
                worker.stderr_tail()
            )),
        };
        match hello {
            Ok(h) => {
                self.worker = Some(worker);
                Ok(h)
            }
            Err(e) => {
                worker.kill();
                Err(Error::Backend(e))
            }
        }
    }

    fn stop_worker(&mut self) -> String {
        match self.worker.take() {
            Some(mut w) => w.kill(),
            None => String::new(),
        }
    }

    /// A worker that stopped answering on its own (its stdout closed, or its stdin): wait for it
    /// to exit rather than kill it, so that how it ended is its real exit status.
    fn reap_worker(&mut self) -> String {
        match self.worker.take() {
            Some(mut w) => w.reap(),
            None => String::new(),
        }
    }
}

impl Worker {
    fn stderr_tail(&self) -> String {
        let tail = self.stderr.lock().map(|t| t.clone()).unwrap_or_default();
        if tail.is_empty() {
            String::new()
        } else {
            format!("; its stderr ends:\n{}", Vec::from(tail).join("\n"))
        }
    }

    /// Wait up to [`EXIT_ON_ITS_OWN`] for the worker to exit by itself (then kill it); returns how it
    /// ended and its last stderr lines, read to the end.
    fn reap(&mut self) -> String {
        let deadline = std::time::Instant::now() + EXIT_ON_ITS_OWN;
        while std::time::Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) => break,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(_) => break,
            }
        }
        let status = self.end();
        // the stderr tail is complete once the reader saw the pipe close
        while !self.stderr_reader.is_finished() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        format!("{status}{}", self.stderr_tail())
    }

    /// End the worker cleanly: close its input (its `serve()` loop returns at end of input) and
    /// wait up to `grace` for it to exit, then kill it.
    fn finish(self, grace: Duration) {
        let Worker {
            mut child, stdin, ..
        } = self;
        drop(stdin);
        let deadline = std::time::Instant::now() + grace;
        while std::time::Instant::now() < deadline {
            match child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
        kill_group(&mut child);
        let _ = child.wait();
    }

    /// Kill the worker and everything in its process group; returns how it ended and its last
    /// stderr lines.
    fn kill(&mut self) -> String {
        let status = self.end();
        format!("{status}{}", self.stderr_tail())
    }

    /// Kill the worker (its process group) if it still runs, and collect its exit status.
    fn end(&mut self) -> String {
        kill_group(&mut self.child);
        self.child
            .wait()
            .map(|s| s.to_string())
            .unwrap_or_else(|e| e.to_string())
    }
}

/// Kill what is left of a worker's process group (the worker, processes its cases started).
fn kill_group(child: &mut Child) {
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: plain kill(2) of the group the worker leads (created at spawn).
        unsafe {
            libc::killpg(pid, libc::SIGKILL);
        }
        crate::interrupt::unregister_group(pid);
    }
    let _ = child.kill();
}

/// The worker's next line within `budget`; a Ctrl-C ends the wait early (as a timeout).
fn wait_line(lines: &Receiver<String>, budget: Duration) -> Result<String, RecvTimeoutError> {
    const SLICE: Duration = Duration::from_millis(100);
    let deadline = Instant::now().checked_add(budget);
    loop {
        let left = deadline.map_or(SLICE, |d| d.saturating_duration_since(Instant::now()));
        match lines.recv_timeout(left.min(SLICE)) {
            Err(RecvTimeoutError::Timeout) if !crate::interrupt::requested() && !left.is_zero() => {
            }
            other => return other,
        }
    }
}

fn keep_tail(stderr: impl Read, tail: &Mutex<VecDeque<String>>) {
    for line in BufReader::new(stderr).lines() {
        let Ok(line) = line else { return };
        if is_backtrace_frame(&line) {
            // a Rust panic's backtrace (RUST_BACKTRACE set) would push its message and site,
            // which name the crash, out of the kept lines
            continue;
        }
        if let Ok(mut t) = tail.lock() {
            if t.len() == STDERR_LINES {
                t.pop_front();
            }
            t.push_back(line);
        }
    }
}

/// A frame line of a Rust backtrace: `  12: crate::function` or `             at src/x.rs:1:2`.
fn is_backtrace_frame(line: &str) -> bool {
    if !line.starts_with("  ") {
        return false;
    }
    let t = line.trim_start();
    t.starts_with("at ")
        || t.split_once(": ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

impl Backend for ProcessBackend {
    fn name(&self) -> String {
        format!("process:{}", self.command)
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }

    fn limits(&self) -> Vec<String> {
        self.limits.clone()
    }

    fn python_version(&self) -> String {
        self.version.clone()
    }

    fn restart(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.finish(EXIT_GRACE);
        }
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let backend = self.describe.clone();
        if self.worker.is_none() {
            if let Err(e) = self.start() {
                return Outcome::Error {
                    backend,
                    message: e.to_string(),
                };
            }
        }
        let nonce = self.nonce();
        let Some(worker) = self.worker.as_mut() else {
            return Outcome::Error {
                backend,
                message: "no worker".into(),
            };
        };
        let mut options = crate::finalization::tracer_options(&self.config);
        options.insert(
            "statements".into(),
            serde_json::json!(case.statement_spans()),
        );
        let request = serde_json::json!({
            "nonce": nonce,
            "source": case.source,
            "filename": case.filename(),
            "options": options,
        });
        if writeln!(worker.stdin, "{request}")
            .and_then(|_| worker.stdin.flush())
            .is_err()
        {
            let how = self.reap_worker();
            return Outcome::Crashed {
                backend,
                message: format!("the worker died before the case was sent: {how}"),
            };
        }
        let budget = self.config.timeout;
        match wait_line(&worker.lines, budget) {
            Ok(line) => {
                let Some(json) = line
                    .strip_prefix(nonce.as_str())
                    .and_then(|rest| rest.strip_prefix(' '))
                else {
                    self.stop_worker();
                    return Outcome::Crashed {
                        backend,
                        message: format!(
                            "the worker's protocol channel carried a line that is not the reply \
                             to this case (written by the case or a process it started?): {:?}",
                            line.chars().take(120).collect::<String>()
                        ),
                    };
                };
                let outcome = parse_reply(json, backend.clone(), "");
                if let Outcome::Poisoned { .. } = outcome {
                    // the worker leaves by itself; make sure, and start afresh next time
                    self.stop_worker();
                }
                outcome
            }
            Err(RecvTimeoutError::Timeout) => {
                self.stop_worker();
                Outcome::Timeout {
                    budget: format!("time budget of {} s", budget.as_secs_f64()),
                    partial: Trace {
                        backend,
                        ..Trace::default()
                    },
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                let how = self.reap_worker();
                Outcome::Crashed {
                    backend,
                    message: format!("the interpreter died running the case: {how}"),
                }
            }
        }
    }
}

impl Drop for ProcessBackend {
    /// The end of a run: the worker is let go rather than killed, so that it exits normally.
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.finish(EXIT_GRACE);
        }
    }
}

/// The `-c` program of a worker: the tracer loaded as a module of its own (not as `__main__`:
/// its functions then take their builtins from the tracer's private copy on every Python
/// version, see tracer.py), then its `serve()` loop. On MicroPython, the reduced tracer.
fn worker_code() -> String {
    let source = serde_json::to_string(TRACER_SOURCE).expect("a str serialises");
    let micro = serde_json::to_string(MICRO_TRACER_SOURCE).expect("a str serialises");
    format!(
        "import sys as _sys\n\
         if getattr(_sys, 'implementation', None) is not None and _sys.implementation.name == 'micropython':\n\
         \x20   exec({micro}, {{'__name__': 'yieldspec_micro_tracer'}})\n\
         else:\n\
         \x20   import types as _types\n\
         \x20   _tracer = _types.ModuleType('yieldspec_tracer')\n\
         \x20   exec(compile({source}, 'yieldspec_tracer.py', 'exec'), _tracer.__dict__)\n\
         \x20   _tracer.serve()\n"
    )
}

/// Find the program to run. A bare name is looked up on PATH; a pyenv shim for a version that
/// is installed but not selected (`python3.12` while pyenv's global is 3.11) is resolved to the
/// installed interpreter, since the shim itself would refuse to run it.
pub fn resolve(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let p = PathBuf::from(name);
        return p.is_file().then_some(p);
    }
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })?;
    if !found.components().any(|c| c.as_os_str() == "shims") {
        return Some(found);
    }
    let selected = Command::new("pyenv")
        .args(["which", name])
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    if let Some(path) = selected.filter(|p| p.is_file()) {
        return Some(path);
    }
    let versions = found.parent()?.parent()?.join("versions");
    pyenv_installed(&versions, name)
}

/// The newest `versions/*/bin/NAME` of a pyenv root.
fn pyenv_installed(versions: &Path, name: &str) -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(versions)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin").join(name))
        .filter(|p| p.is_file())
        .collect();
    candidates.sort();
    candidates.pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_stays_in_the_stderr_tail_whatever_its_backtrace() {
        let mut text = String::from(
            "thread 'main' panicked at crates/codegen/src/compile.rs:1357:9:\n\
             called `Result::unwrap()` on an `Err` value: StackUnderflow\nstack backtrace:\n",
        );
        for i in 0..40 {
            text.push_str(&format!(
                "  {i}: rustpython_vm::frame::run\n             at ./src/frame.rs:{i}:5\n"
            ));
        }
        text.push_str("note: Some details are omitted\n");
        let tail = Mutex::new(VecDeque::new());
        keep_tail(text.as_bytes(), &tail);
        let kept = Vec::from(tail.into_inner().unwrap()).join("\n");
        assert!(
            kept.contains("panicked at crates/codegen/src/compile.rs:1357:9"),
            "{kept}"
        );
        assert!(kept.contains("StackUnderflow"), "{kept}");
        assert!(!kept.contains("frame.rs"), "{kept}");
    }
}
