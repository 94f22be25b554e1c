//! Hostile inputs: one case must never harm another. Each input below (a case that changes
//! interpreter state, ends the interpreter, forges protocol lines, loops, allocates without
//! end, nests without end …) runs on embedded CPython, on a process backend and on the
//! engine, each followed by a plain case whose trace must be the one it gives on a fresh
//! backend. Some inputs also have an expected outcome kind (a timeout is never a trace, an
//! `os._exit` is no trace either, …).
//!
//! Inputs that the embedded backend cannot survive in-process (a thread left running, an audit
//! hook, a case that never gives the interpreter back) come last: after the first of them the
//! embedded backend moves to a worker process, which must give the same plain trace too (so
//! the later ones run there; one process has one embedded interpreter).

use std::time::{Duration, Instant};

/// The engine's memory budget counts what the case's thread holds, through this allocator (as
/// in the `yieldspec` binary).
#[global_allocator]
static GLOBAL: yieldspec_engine::memory::Counting<std::alloc::System> =
    yieldspec_engine::memory::Counting(std::alloc::System);

use yieldspec::backend::{open, run_normalized, BackendSpec, RunConfig};
use yieldspec::case::Case;
use yieldspec::diff::outcome_body;
use yieldspec_trace::{Outcome, OutcomeKind};

/// On which backends an input runs.
#[derive(Clone, Copy, PartialEq)]
enum On {
    All,
    /// Not on CPython backends (CPython has no memory budget: the input would eat the machine).
    EngineOnly,
    /// Only on a process backend (it would block the test process itself when embedded).
    ProcessOnly,
}

struct Hostile {
    name: &'static str,
    source: String,
    on: On,
    /// The outcome it must give on CPython backends.
    expect_cpython: Option<OutcomeKind>,
    /// The outcome it must give on the engine.
    expect_engine: Option<OutcomeKind>,
}

fn h(name: &'static str, source: &str) -> Hostile {
    Hostile {
        name,
        source: source.to_string(),
        on: On::All,
        expect_cpython: None,
        expect_engine: None,
    }
}

impl Hostile {
    fn on(mut self, on: On) -> Self {
        self.on = on;
        self
    }
    fn expect(self, kind: OutcomeKind) -> Self {
        self.expect_cpython(kind).expect_engine(kind)
    }
    fn expect_cpython(mut self, kind: OutcomeKind) -> Self {
        self.expect_cpython = Some(kind);
        self
    }
    fn expect_engine(mut self, kind: OutcomeKind) -> Self {
        self.expect_engine = Some(kind);
        self
    }
}

fn inputs() -> Vec<Hostile> {
    use OutcomeKind::*;
    vec![
        // interpreter state the tracer uses or restores
        h("builtins_len", "import builtins\nbuiltins.len = None\n"),
        h("builtins_clear", "import builtins\nbuiltins.__dict__.clear()\n"),
        h(
            "builtins_print_import",
            "import builtins\nbuiltins.print = lambda *a, **k: None\nbuiltins.__import__ = None\n",
        ),
        h(
            "gc_functions",
            "import gc\ngc.disable = None\ngc.collect = None\ngc.enable = None\n",
        ),
        h("gc_enabled_threshold", "import gc\ngc.enable()\ngc.set_threshold(1)\n"),
        h(
            "gc_callbacks",
            "import gc\ngc.callbacks.append(lambda phase, info: print('gc', phase))\n",
        ),
        h("warnings_filters_none", "import warnings\nwarnings.filters = None\n"),
        h("warnings_error", "import warnings\nwarnings.simplefilter('error')\n"),
        h(
            "tracer_modules",
            "import json, operator, ast\njson.dumps = None\njson.loads = None\n\
             operator.is_ = None\nast.parse = None\nast.Module = None\n",
        ),
        h(
            "settrace",
            "import sys\nsys.settrace(lambda f, e, a: (lambda *x: None))\n",
        ),
        h("setprofile", "import sys\nsys.setprofile(lambda *a: None)\n"),
        h(
            "int_max_str_digits",
            "import sys\ngetattr(sys, 'set_int_max_str_digits', print)(640)\n",
        ),
        h("recursionlimit", "import sys\nsys.setrecursionlimit(40)\n"),
        h("switchinterval", "import sys\nsys.setswitchinterval(1e-6)\n"),
        h(
            "sys_hooks",
            "import sys\nsys.excepthook = None\nsys.displayhook = None\n\
             sys.unraisablehook = None\nsys.breakpointhook = None\n",
        ),
        h(
            "sys_streams",
            "import sys\nsys.stdout = None\nsys.stderr = None\nsys.stdin = None\n\
             sys.__stdout__ = None\n",
        ),
        h(
            "sys_modules_replaced",
            "import sys, json, gc\nsys.modules['json'] = None\nsys.modules['gc'] = None\n",
        ),
        h("sys_modules_cleared", "import sys\nsys.modules.clear()\n"),
        h(
            "sys_path_cleared",
            "import sys\nsys.path.clear()\nsys.meta_path.clear()\nsys.path_hooks.clear()\n",
        ),
        h(
            "asyncgen_hooks",
            "import sys\nsys.set_asyncgen_hooks(firstiter=print, finalizer=print)\n",
        ),
        h("stdin_read", "import sys\nsys.stdin.read()\n").expect_cpython(Completed),
        // process-wide state
        h("chdir", "import os\nos.chdir('/')\n"),
        h(
            "signal_alarm_timer",
            "import signal\nsignal.signal(signal.SIGALRM, lambda *a: print('alarm'))\n\
             signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)\n",
        ),
        h(
            "signal_handlers",
            "import signal\nsignal.signal(signal.SIGUSR1, lambda *a: print('usr1'))\n\
             signal.signal(signal.SIGINT, signal.SIG_IGN)\n\
             signal.signal(signal.SIGTERM, signal.SIG_IGN)\n",
        ),
        h(
            "faulthandler_timer",
            "import faulthandler\nfaulthandler.dump_traceback_later(0.05, repeat=True)\n",
        ),
        h("close_stdout_fd", "import os\nos.close(1)\n"),
        h("redirect_stdout_fd", "import os\nos.dup2(2, 1)\n"),
        h("os_exit", "import os\nos._exit(0)\n").expect_cpython(Crashed),
        h(
            "os_exit_in_finally",
            "import os\ndef g():\n    try:\n        yield 1\n    finally:\n        os._exit(3)\n\
             x = g()\nnext(x)\n",
        )
        .expect_cpython(Crashed),
        h(
            "fork",
            "import os\npid = os.fork()\nprint('forked')\n",
        ),
        h(
            "forged_replies",
            "import os\nfor fd in range(3, 32):\n    try:\n        \
             os.write(fd, b'0000000000000000 {\"status\": \"completed\", \"backend\": \"x\"}\\n')\n    \
             except OSError:\n        pass\n",
        )
        // embedded, these would be the test process's own descriptors
        .on(On::ProcessOnly),
        h("read_fd_0", "import os\nos.read(0, 100)\n").on(On::ProcessOnly),
        // output the trace cannot hold as is
        h("lone_surrogate_print", "print('\\ud800')\n").expect(Completed),
        h(
            "lone_surrogate_repr",
            "class R:\n    def __repr__(self):\n        return '\\udcff'\nR()\n",
        )
        .expect(Completed),
        h("huge_output", "print('x' * 10**7)\n").expect(Completed),
        h("system_exit", "raise SystemExit(0)\n").expect(Completed),
        h("keyboard_interrupt", "raise KeyboardInterrupt\n").expect(Completed),
        h("recursion", "def f():\n    return f()\nf()\n").expect(Completed),
        h("syntax_error", "def f(:\n    pass\n").expect(SyntaxError),
        // time
        h("endless_loop", "while True:\n    pass\n").expect(Timeout),
        h(
            "endless_finalizer_at_teardown",
            "def g():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n\
             x = g()\nnext(x)\n",
        )
        .expect(Timeout),
        h(
            "big_steps_forever",
            "while True:\n    s = 'x' * 20000000\n",
        )
        .expect(Timeout),
        // memory
        h("bytes_huge", "bytes(10**12)\n")
            .expect_cpython(Completed)
            .expect_engine(Memory),
        h("center_huge", "'x'.center(10**12)\n")
            .expect_cpython(Completed)
            .expect_engine(Memory),
        h(
            "list_grows_forever",
            "l = []\nwhile True:\n    l.append('x' * 1000)\n",
        )
        .on(On::EngineOnly)
        .expect_engine(Memory),
        h(
            "string_doubles_forever",
            "s = 'x'\nwhile True:\n    s = s + s\n",
        )
        .on(On::EngineOnly)
        .expect_engine(Memory),
        // nesting
        h(
            "deep_unary",
            &format!("x = {}1\n", "-".repeat(200_000)),
        )
        .expect_cpython(SyntaxError)
        .expect_engine(Unsupported),
        h(
            "deep_lambdas",
            &format!("f = {}1\n", "lambda: ".repeat(20_000)),
        )
        .expect_cpython(SyntaxError)
        .expect_engine(Unsupported),
        h(
            "deep_lists",
            &format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        )
        .expect_cpython(SyntaxError)
        .expect_engine(Unsupported),
        // last: what the embedded backend cannot undo in-process
        h(
            "thread_left_running",
            "import threading, time\n\
             def chatter():\n    for _ in range(200):\n        print('thread')\n        time.sleep(0.01)\n\
             threading.Thread(target=chatter, daemon=True).start()\n",
        )
        .expect_cpython(Poisoned),
        h(
            "audit_hook",
            "import sys\nsys.addaudithook(lambda event, args: None)\n",
        )
        .expect_cpython(Poisoned),
        h(
            "catches_every_timeout",
            "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n",
        )
        .expect(Timeout),
    ]
}

/// What a plain case shows of the state the hostile inputs attack (CPython backends).
const PLAIN_CPYTHON: &str = r#"import sys, gc, warnings, os, json, threading, signal
def gen():
    try:
        yield len("abc")
        yield json.dumps([1, {"a": None}])
    finally:
        print("finally", file=sys.stderr)
g = gen()
next(g)
g.send(None)
print(sys.gettrace(), sys.getprofile(), gc.isenabled(), gc.get_threshold(), len(gc.callbacks))
print(sys.getrecursionlimit(), sys.getswitchinterval(), sys.get_asyncgen_hooks())
warnings.warn("careful")
len(str(10 ** 1000))
print(os.getcwd() == START)
threading.active_count()
signal.getsignal(signal.SIGALRM), signal.getsignal(signal.SIGUSR1), signal.getitimer(signal.ITIMER_REAL)
[name for name in ("json", "gc", "os") if sys.modules.get(name) is None]
print(sys.stdout is not None, sys.stdin.read(), sys.excepthook is sys.__excepthook__)
import builtins
print(len(builtins.__dict__) > 100, builtins.print is print)
del g
"#;

/// The engine's plain case (modules the engine does not model would make it `unsupported`).
const PLAIN_ENGINE: &str = r#"def gen():
    try:
        yield len("abc")
        x = yield 2
        print("got", x)
    finally:
        print("finally")
g = gen()
next(g)
next(g)
g.send(5)
[i * i for i in range(5)]
"#;

/// How far past its time budget a case may end (the embedded backend gives a case that keeps
/// catching its Timeout 5 s before it moves to a worker process).
const SLACK: Duration = Duration::from_secs(7);

fn config() -> RunConfig {
    RunConfig {
        timeout: Duration::from_millis(1500),
        fuel: 20_000_000,
        memory: Some(64 << 20),
        ..RunConfig::default()
    }
}

fn case(name: &str, source: &str) -> Case {
    Case::from_source(&format!("{name}.py"), source.to_string())
}

/// Run every input meant for `backend`, each followed by the plain case; collect what went
/// wrong (so that one failure shows them all).
fn check(spec: &str, plain_source: &str) {
    let spec: BackendSpec = spec.parse().unwrap();
    let mut backend = open(&spec, &config()).expect("backend opens");
    let cpython = !matches!(spec, BackendSpec::Engine(_));
    let start = std::env::current_dir().unwrap();
    let plain_source = plain_source.replace(
        "START",
        &format!("{:?}", start.to_str().expect("a UTF-8 working directory")),
    );
    let plain = case("plain", &plain_source);
    let baseline = run_normalized(backend.as_mut(), &plain);
    assert_eq!(
        baseline.kind(),
        OutcomeKind::Completed,
        "{}",
        outcome_body(&baseline)
    );
    let baseline = outcome_body(&baseline);
    let mut problems = Vec::new();
    let mut ran = 0;
    for input in inputs() {
        let runs_here = match input.on {
            On::All => true,
            On::EngineOnly => !cpython,
            On::ProcessOnly => matches!(spec, BackendSpec::Process(_)),
        };
        if !runs_here {
            continue;
        }
        ran += 1;
        let t = Instant::now();
        let outcome = run_normalized(backend.as_mut(), &case(input.name, &input.source));
        let took = t.elapsed();
        let expected = if cpython {
            input.expect_cpython
        } else {
            input.expect_engine
        };
        if let Some(kind) = expected {
            if outcome.kind() != kind {
                problems.push(format!(
                    "{}: expected {}, got {}",
                    input.name,
                    kind.as_str(),
                    describe(&outcome)
                ));
            }
        }
        // a budget is kept: the time budget plus a second (plus the embedded backend's grace
        // for a case that does not give the interpreter back)
        if outcome.kind() == OutcomeKind::Timeout && took > config().timeout + SLACK {
            problems.push(format!(
                "{}: the timeout took {:.1} s",
                input.name,
                took.as_secs_f64()
            ));
        }
        let after = run_normalized(backend.as_mut(), &plain);
        let body = outcome_body(&after);
        if body != baseline {
            problems.push(format!(
                "the plain case after {} ({}, {:.1} s) differs:\n{}",
                input.name,
                describe(&outcome),
                t.elapsed().as_secs_f64(),
                yieldspec::diff::unified("fresh", "after", &baseline, &body, false)
            ));
        }
    }
    assert!(ran >= 40, "only {ran} inputs ran on {spec}");
    assert!(
        problems.is_empty(),
        "{} problem(s) on {spec}:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn describe(outcome: &Outcome) -> String {
    match outcome.reason() {
        Some(reason) => reason,
        None => "completed".into(),
    }
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn hostile_inputs_on_embedded_cpython_leave_the_next_case_unchanged() {
    check("cpython", PLAIN_CPYTHON);
}

#[test]
fn hostile_inputs_on_a_process_backend_leave_the_next_case_unchanged() {
    check("process:python3", PLAIN_CPYTHON);
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn hostile_inputs_on_the_engine_leave_the_next_case_unchanged() {
    check("engine", PLAIN_ENGINE);
}
