//! The `process:COMMAND` backend: any Python implementation, run as a long-lived worker
//! process that executes the shared tracer module (`tracer.py`, its `serve()` loop).
//!
//! One worker takes many cases over stdin/stdout (one JSON line each way), so interpreter
//! start-up is paid once, not per case. A case that overruns its time budget gets the worker
//! killed and a `timeout` outcome; a worker that dies (e.g. a segfault) gives a `crashed`
//! outcome naming its exit status and last stderr lines. Either way a fresh worker serves the
//! next case. A command that cannot be started is an error when the backend is opened. At the
//! end of a run the worker's input is closed and it exits by itself (killed only after a grace
//! period), so exit-time work such as an instrumented interpreter's coverage counters happens.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use yieldspec_trace::{Outcome, Trace};

use crate::backend::{Backend, RunConfig};
use crate::case::Case;
use crate::cpython::{parse_reply, TRACER_SOURCE};

/// How long a new worker may take to say hello.
const START_BUDGET: Duration = Duration::from_secs(60);
/// Lines of a worker's stderr kept for crash reports.
const STDERR_LINES: usize = 20;
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
    worker: Option<Worker>,
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    stderr: Arc<Mutex<VecDeque<String>>>,
}

#[derive(serde::Deserialize)]
struct Hello {
    hello: String,
    version: String,
}

impl ProcessBackend {
    /// Start a worker for `command` (a program name or path, optionally followed by arguments).
    pub fn open(command: &str, config: &RunConfig) -> Result<Self, String> {
        let mut words = command.split_whitespace();
        let name = words
            .next()
            .ok_or_else(|| "process: empty command".to_string())?;
        let program = resolve(name).ok_or_else(|| {
            format!("backend process:{command}: interpreter {name:?} is not installed (not found on PATH)")
        })?;
        let mut backend = ProcessBackend {
            command: command.to_string(),
            program,
            args: words.map(str::to_string).collect(),
            config: config.clone(),
            describe: String::new(),
            version: String::new(),
            worker: None,
        };
        let hello = backend.start()?;
        backend.describe = hello.hello;
        backend.version = hello.version;
        Ok(backend)
    }

    fn start(&mut self) -> Result<Hello, String> {
        let code = format!("{TRACER_SOURCE}\nserve()\n");
        let mut child = Command::new(&self.program)
            .args(&self.args)
            .arg("-c")
            .arg(code)
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!(
                    "process:{}: cannot start {}: {e}",
                    self.command,
                    self.program.display()
                )
            })?;
        let (stdin, stdout, stderr) =
            match (child.stdin.take(), child.stdout.take(), child.stderr.take()) {
                (Some(i), Some(o), Some(e)) => (i, o, e),
                _ => return Err("process: pipes to the worker are missing".into()),
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
        std::thread::spawn(move || keep_tail(stderr, &tail_writer));
        let mut worker = Worker {
            child,
            stdin,
            lines,
            stderr: tail,
        };
        let hello = match worker.lines.recv_timeout(START_BUDGET) {
            Ok(line) => serde_json::from_str::<Hello>(&line)
                .map_err(|e| format!("process:{}: bad hello {line:?}: {e}", self.command)),
            Err(_) => Err(format!(
                "process:{}: the interpreter exited or hung before it answered{}",
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
                Err(e)
            }
        }
    }

    fn stop_worker(&mut self) -> String {
        match self.worker.take() {
            Some(mut w) => w.kill(),
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

    /// End the worker cleanly: close its input (its `serve()` loop returns at end of input) and
    /// wait up to `grace` for it to exit, then kill it.
    fn finish(mut self, grace: Duration) {
        drop(self.stdin);
        let deadline = std::time::Instant::now() + grace;
        while std::time::Instant::now() < deadline {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => return,
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Kill the worker; returns how it ended and its last stderr lines.
    fn kill(&mut self) -> String {
        let _ = self.child.kill();
        let status = self
            .child
            .wait()
            .map(|s| s.to_string())
            .unwrap_or_else(|e| e.to_string());
        format!("{status}{}", self.stderr_tail())
    }
}

fn keep_tail(stderr: impl Read, tail: &Mutex<VecDeque<String>>) {
    for line in BufReader::new(stderr).lines() {
        let Ok(line) = line else { return };
        if let Ok(mut t) = tail.lock() {
            if t.len() == STDERR_LINES {
                t.pop_front();
            }
            t.push_back(line);
        }
    }
}

impl Backend for ProcessBackend {
    fn name(&self) -> String {
        format!("process:{}", self.command)
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }

    fn python_version(&self) -> String {
        self.version.clone()
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let backend = self.describe.clone();
        if self.worker.is_none() {
            if let Err(message) = self.start() {
                return Outcome::Error { backend, message };
            }
        }
        let Some(worker) = self.worker.as_mut() else {
            return Outcome::Error {
                backend,
                message: "no worker".into(),
            };
        };
        let request = serde_json::json!({
            "source": case.source,
            "filename": case.filename(),
            "options": {
                "output_cap": self.config.limits.output_cap,
                "transfers": self.config.detail == yieldspec_trace::Detail::Transfers,
                "statements": case.statement_spans(),
            },
        });
        if writeln!(worker.stdin, "{request}")
            .and_then(|_| worker.stdin.flush())
            .is_err()
        {
            let how = self.stop_worker();
            return Outcome::Crashed {
                backend,
                message: format!("the worker died before the case was sent: {how}"),
            };
        }
        let budget = self.config.timeout;
        match worker.lines.recv_timeout(budget) {
            Ok(line) => {
                let outcome = parse_reply(&line, backend.clone(), "");
                if let Outcome::Crashed { message, .. } = &outcome {
                    // the tracer failed on this case; the worker is still in step
                    return Outcome::Crashed {
                        backend,
                        message: message.clone(),
                    };
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
                let how = self.stop_worker();
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
