//! Differential tests: the engine's trace must equal the trace the Python tracer
//! (`harness/src/tracer.py`) records on the local `python3` (CPython 3.11), run as a plain
//! process. Expected traces are never typed by hand. Skipped (with a note on stderr) when
//! python3 is missing.

use std::path::PathBuf;
use std::process::Command;

use yieldspec_engine::{run, EngineConfig};
use yieldspec_trace::{normalize::normalize, text::render_body, Statement, TeardownStep, Trace};

fn tracer_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn cpython_trace(source: &str) -> Option<Trace> {
    if !tracer_dir().join("tracer.py").exists() {
        return None;
    }
    let script = "import sys, json; sys.path.insert(0, sys.argv[1]); import tracer; \
                  print(tracer.run_case(sys.stdin.read(), 'case.py'))";
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(tracer_dir())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(source.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    let statements: Vec<Statement> = serde_json::from_value(v["statements"].clone()).ok()?;
    let teardown: Vec<TeardownStep> = serde_json::from_value(v["teardown"].clone()).ok()?;
    Some(Trace {
        backend: String::new(),
        statements,
        teardown,
    })
}

fn check(source: &str) {
    let Some(mut expected) = cpython_trace(source) else {
        eprintln!("python3 or tracer.py unavailable: skipped");
        return;
    };
    let config = EngineConfig {
        host_frames: yieldspec::tracer::TRACER_FRAMES,
        ..EngineConfig::default()
    };
    let outcome = run(source, "case.py", &config);
    let mut got = match outcome.trace() {
        Some(t) => t.clone(),
        None => panic!("engine did not complete: {:?}", outcome.reason()),
    };
    normalize(&mut expected);
    normalize(&mut got);
    assert_eq!(
        render_body(&got),
        render_body(&expected),
        "source:\n{source}"
    );
}

#[test]
fn straight_line_and_values() {
    check(
        "x = 1; y = 2\nprint(x + y, 'a', sep='-')\nx * 10\n[1, 2.5, 'q', (1,), {1: None}]\n1/0\n",
    );
}

#[test]
fn generator_next_send_return() {
    check(
        "def g():\n    x = yield 1\n    print('got', x)\n    return x * 2\nit = g()\nnext(it)\nit.send(21)\nnext(it)\n",
    );
}

#[test]
fn throw_close_and_finalization() {
    check(
        "def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('fin')\n\
         a = g(); next(a); a.throw(KeyError('k'))\nb = g(); next(b); b.close()\n\
         c = g(); next(c)\ndel c\nd = g(); next(d)\n",
    );
}

#[test]
fn yield_from_and_pep479() {
    check(
        "def inner():\n    yield 1\n    return 'r'\ndef outer():\n    v = yield from inner()\n    print(v)\n    raise StopIteration\n\
         o = outer()\nnext(o)\nnext(o)\n",
    );
}

#[test]
fn ignored_generatorexit_is_unraisable() {
    check("def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            pass\nx = g()\nnext(x)\nx.close()\ndel x\n");
}

#[test]
fn exception_context_and_cause() {
    check(
        "def f():\n    try:\n        {}['k']\n    except KeyError as e:\n        raise ValueError('v') from e\nf()\n\
         try:\n    1/0\nexcept ZeroDivisionError:\n    raise TypeError('t')\n",
    );
}

#[test]
fn classes_and_comprehensions() {
    check(
        "class A:\n    def __init__(self, n): self.n = n\n    def __repr__(self): return f'A({self.n!r})'\n\
         class B(A):\n    def __init__(self, n):\n        super().__init__(n * 2)\n\
         [B(i) for i in range(3)]\n{i: i * i for i in range(4) if i % 2}\nsorted({3, 1, 2})\n\
         '%s-%05.1f' % ('x', 3.14159)\n'{0}:{k:>4}'.format(1, k='z')\n",
    );
}
