//! The SyntaxErrors of misplaced async constructs (`await` outside async functions, `yield
//! from` in one, `return value` in an async generator, `async for`/`async with` outside one,
//! async comprehensions and their 3.8-3.10 nesting rule), and of a `nonlocal` without a
//! binding in an enclosing function (a symtable error): the engine's message, line and
//! column for each target must equal what that CPython version's `compile()` says. A case file
//! cannot hold these (a file that does not parse is rejected), so each snippet is compiled by
//! every installed interpreter here; versions not installed are skipped (python3 at least).

use std::process::Command;

use yieldspec_engine::{run, EngineConfig, PythonVersion};
use yieldspec_trace::Outcome;

const SNIPPETS: &[&str] = &[
    "x = 1\nawait x\n",
    "def f(x):\n    return await x\n",
    "async def f(x):\n    return lambda: await x\n",
    "async def f():\n    yield from [1]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 2\n    yield 1\n",
    "def f(y):\n    async for x in y:\n        pass\n",
    "def f(y):\n    async with y:\n        pass\n",
    "async for x in y:\n    pass\n",
    "def f(y):\n    return [x async for x in y]\n",
    "async def f():\n    class C:\n        x = await g()\n",
    "async def f(w, y):\n    return [[x async for x in y] for z in w]\n",
    "async def f(w, x):\n    return [[await x for _ in w] for z in w]\n",
    "async def f(w, y):\n    return [(x async for x in y) for z in w]\n",
    "def f(y):\n    return (x async for x in y)\n",
    "def f(x):\n    return (await x for _ in range(2))\n",
    "async def f(y):\n    return [(yield) async for x in y]\n",
    "async def f(y):\n    return {x: 1 async for x in y}, {x async for x in y}\n",
    "def f():\n    nonlocal q\n    yield\n",
    "def f():\n    global z\n    def g():\n        nonlocal z\n",
    "class K:\n    y = 1\n    def m(self):\n        nonlocal y\n",
    "def h():\n    def i():\n        nonlocal w\n        yield w\n    w = 3\n    return i\n",
];

type Verdict = Option<(String, u32, u32)>;

/// For each snippet, (message, line, column) of CPython `python`'s SyntaxError, or None if
/// it compiles; Err when the interpreter is not there. One process per interpreter.
fn cpython(python: &str) -> Result<Vec<Verdict>, ()> {
    let script = "import sys\nfor src in sys.argv[1:]:\n    try:\n        \
                  compile(src, 'f.py', 'exec')\n        print('OK')\n    \
                  except SyntaxError as e:\n        print(e.lineno or 0, e.offset or 0, e.msg)\n";
    let mut cmd = Command::new(python);
    // pyenv shims run only the selected versions: select every installed one.
    if let Some(all) = pyenv_versions() {
        cmd.env("PYENV_VERSION", all);
    }
    let out = cmd
        .arg("-c")
        .arg(script)
        .args(SNIPPETS)
        .output()
        .map_err(|_| ())?;
    if !out.status.success() {
        return Err(());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let verdicts: Vec<Verdict> = text
        .lines()
        .map(|l| {
            if l == "OK" {
                return None;
            }
            let mut parts = l.splitn(3, ' ');
            let line = parts.next()?.parse().ok()?;
            let col = parts.next()?.parse().ok()?;
            Some((parts.next().unwrap_or("").to_string(), line, col))
        })
        .collect();
    if verdicts.len() != SNIPPETS.len() {
        return Err(());
    }
    Ok(verdicts)
}

/// Every version pyenv has installed, as a PYENV_VERSION value (None without pyenv).
fn pyenv_versions() -> Option<String> {
    let out = Command::new("pyenv")
        .args(["versions", "--bare"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (!v.is_empty()).then(|| v.join(":"))
}

fn engine(target: PythonVersion, src: &str) -> Verdict {
    let config = EngineConfig {
        target,
        ..EngineConfig::default()
    };
    match run(src, "f.py", &config) {
        Outcome::SyntaxError {
            message, location, ..
        } => Some((message, location.line, location.column)),
        _ => None,
    }
}

#[test]
fn async_syntax_errors_match_each_cpython() {
    let mut compared = 0;
    for minor in 8..=13u8 {
        let Ok(verdicts) = cpython(&format!("python3.{minor}")) else {
            continue;
        };
        for (src, expected) in SNIPPETS.iter().zip(verdicts) {
            // CPython 3.8 and 3.9 report some comprehension errors at line 0 (no position).
            if matches!(&expected, Some((_, 0, _))) {
                continue;
            }
            let got = engine(format!("3.{minor}").parse().expect("a version"), src);
            assert_eq!(got, expected, "python3.{minor}, source:\n{src}");
            compared += 1;
        }
    }
    if compared == 0 {
        eprintln!("no python3.X found: skipped");
    }
}
