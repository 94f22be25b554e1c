//! The SyntaxErrors of `except*` (a parse error before 3.11; from 3.11 `break`, `continue` and
//! `return` cannot leave an except* clause) and of `match` (a parse error before 3.10; from 3.10
//! the compiler's checks of patterns) are compile-time errors of the whole file, so no
//! case can record them: here the engine (`engine:3.X`) must report the same message, line
//! and column as each CPython 3.X found on this machine (`process:python3.X`, skipped with a
//! note when missing). Nothing is typed by hand: both sides come from running the sources.

use std::path::Path;
use std::process::Command;

const SOURCES: &[(&str, &str)] = &[
    (
        "star.py",
        "x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n",
    ),
    (
        "star_spaced.py",
        "try:\n    pass\nexcept  *ValueError as e:\n    pass\n",
    ),
    (
        "break_out.py",
        "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    ),
    (
        "continue_nested.py",
        "while 1:\n    try:\n        pass\n    except* ValueError:\n        if x:\n            continue\n",
    ),
    (
        "return_constant.py",
        "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    ),
    (
        "return_expression.py",
        "def f():\n    try:\n        pass\n    except* ValueError:\n        return g(x) + 1\n",
    ),
    (
        "return_bare.py",
        "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    ),
    (
        "allowed_exits.py",
        "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n    def f():\n        return 1\n    while 1:\n        try:\n            pass\n        finally:\n            continue\nprint('compiled')\n",
    ),
];

const MATCH_SOURCES: &[(&str, &str)] = &[
    ("match_name.py", "x = 1\nmatch x:\n    case 1:\n        pass\n"),
    ("match_paren.py", "match (x):   # c\n    case 1:\n        pass\n"),
    ("match_list.py", "match [x]:\n    case 1:\n        pass\n"),
    ("match_neg.py", "match -x:\n    case 1:\n        pass\n"),
    ("match_tuple.py", "match x, 2:\n    case 1:\n        pass\n"),
    (
        "match_capture_first.py",
        "def f(v):\n    match v:\n        case x:\n            pass\n        case 1:\n            pass\n",
    ),
    (
        "match_wildcard_alt.py",
        "def f(v):\n    match v:\n        case _ | 1:\n            pass\n",
    ),
    (
        "match_twice.py",
        "def f(v):\n    match v:\n        case [a, {'k': a}]:\n            pass\n",
    ),
    (
        "match_alternatives.py",
        "def f(v):\n    match v:\n        case [a] | (b,):\n            pass\n",
    ),
    (
        "match_class_kw.py",
        "def f(v):\n    match v:\n        case P(a=1, a=2):\n            pass\n",
    ),
    (
        "match_dup_key.py",
        "def f(v):\n    match v:\n        case {1: _, 'a': 1, True: 2}:\n            pass\n",
    ),
    (
        "match_dup_str.py",
        "def f(v):\n    match v:\n        case {\"a\": 1, 'a': 2}:\n            pass\n",
    ),
    (
        "match_star_twice.py",
        "def f(v):\n    match v:\n        case [1, (2 | 3) as z, *r] | [*r, z]:\n            pass\n        case [*a, 1, *b]:\n            pass\n",
    ),
];

/// The `file:line:col: syntax error: message` lines `yieldspec run` prints for `files`.
fn syntax_errors(backend: &str, files: &[String]) -> Option<Vec<String>> {
    let out = Command::new(env!("CARGO_BIN_EXE_yieldspec"))
        .args(["run", "--backend", backend])
        .args(files)
        .env("NO_COLOR", "1")
        .output()
        .expect("yieldspec runs");
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("is not installed") {
        return None;
    }
    let mut lines: Vec<String> = err
        .lines()
        .filter(|l| l.contains(": syntax error: "))
        .map(|l| {
            // The path as given, without the directory.
            let name = l.rsplit('/').next().unwrap_or(l);
            name.to_string()
        })
        .collect();
    lines.sort();
    Some(lines)
}

#[test]
fn except_star_syntax_errors_match_cpython_on_each_version() {
    compare_on_each_version(SOURCES);
}

#[test]
fn match_syntax_errors_match_cpython_on_each_version() {
    compare_on_each_version(MATCH_SOURCES);
}

fn compare_on_each_version(sources: &[(&str, &str)]) {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = sources
        .iter()
        .map(|(name, src)| {
            let p = Path::new(dir.path()).join(name);
            std::fs::write(&p, src).unwrap();
            p.to_string_lossy().into_owned()
        })
        .collect();
    let mut compared = 0;
    for minor in 8..=15 {
        let cpython = format!("process:python3.{minor}");
        let Some(expected) = syntax_errors(&cpython, &files) else {
            eprintln!("{cpython} is not installed: skipped");
            continue;
        };
        let got = syntax_errors(&format!("engine:3.{minor}"), &files).expect("engine runs");
        assert_eq!(got, expected, "engine:3.{minor} vs {cpython}");
        assert!(!expected.is_empty(), "{cpython} reported no SyntaxError");
        compared += 1;
    }
    eprintln!("compared on {compared} CPython versions");
}
