//! The tracer's compile cache moves code compiled at one line to another instead of compiling the
//! same statement text again (`_relocated`, CPython 3.11-3.13). The moved code object must be the
//! very one `compile()` gives at the new line: same bytecode, constants, location tables and
//! positions, recursively. Checked on every statement of every case and of generated programs,
//! on each of those interpreters that is installed.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use yieldspec::case::{discover, load};
use yieldspec::fuzz::{generate_from, program_bytes, to_case};
use yieldspec::process::resolve;
use yieldspec::statements::spans;

const CHECK: &str = r#"
import json, sys, warnings
sys.path.insert(0, sys.argv[1])
import tracer

warnings.simplefilter("ignore")
CodeType = type(compile("", "", "exec"))

def shape(code):
    return (
        code.co_firstlineno, code.co_linetable, list(code.co_positions()), code.co_code,
        code.co_exceptiontable, code.co_names,
        [shape(c) if isinstance(c, CodeType) else (type(c), repr(c)) for c in code.co_consts],
    )

if not tracer._RELOCATE:
    print(json.dumps({"enabled": False}))
    sys.exit(0)
moved = unmovable = 0
bad = []
for case in json.load(sys.stdin):
    data = case["source"].encode("utf-8")
    for span in case["spans"]:
        line = span["line"]
        text = data[span["start"]:span["end"]].decode("utf-8")
        mode = "eval" if span["expr"] else "exec"
        try:
            direct = compile("\n" * (line - 1) + text, "case.py", mode, 0, True)
        except SyntaxError:
            continue
        for other in (1, line + 1, line + 300):
            code = compile("\n" * (other - 1) + text, "case.py", mode, 0, True)
            base = tracer._relocation_base(code, other)
            if base is None:
                unmovable += 1
                continue
            moved += 1
            if shape(tracer._relocated(base, line)) != shape(direct):
                bad.append("%s:%d (from line %d)" % (case["name"], line, other))
print(json.dumps({"enabled": True, "moved": moved, "unmovable": unmovable, "bad": bad[:20]}))
"#;

#[test]
fn moved_code_is_what_compile_gives_at_the_new_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cases: Vec<serde_json::Value> = discover(&[root.join("../cases")])
        .expect("cases")
        .iter()
        .map(|f| {
            let case = load(f).expect("case loads");
            let spans = spans(&case.source).expect("every case parses");
            serde_json::json!({"name": case.filename(), "source": case.source, "spans": spans})
        })
        .collect();
    for i in 0..300 {
        let case = to_case(
            &generate_from(&program_bytes(7, i)),
            "gen.py",
            String::new(),
        );
        let spans = case
            .statements
            .clone()
            .expect("generated programs know their statements");
        cases.push(serde_json::json!({"name": format!("program {i}"), "source": case.source, "spans": spans}));
    }
    let input = serde_json::to_vec(&cases).unwrap();
    let mut checked = 0;
    for name in ["python3.11", "python3.12", "python3.13"] {
        let Some(program) = resolve(name) else {
            continue;
        };
        let mut child = Command::new(&program)
            .arg("-c")
            .arg(CHECK)
            .arg(root.join("src"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the interpreter runs");
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{name} ({}): {}: {}",
            program.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(result["enabled"], true, "{name} should move code: {result}");
        assert_eq!(result["bad"], serde_json::json!([]), "{name}: {result}");
        assert!(
            result["moved"].as_u64().unwrap() > 10_000,
            "{name}: {result}"
        );
        checked += 1;
    }
    assert!(
        checked > 0,
        "no CPython 3.11-3.13 found to check relocation on"
    );
}

/// Statements seen at a third line after the second sighting found they cannot be moved (on
/// 3.13, class bodies record their own first line) must be compiled again, not crash the
/// tracer: the whole case runs, and its trace is the engine's (a case simple enough for it).
#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn a_statement_seen_at_three_lines_runs_whether_or_not_it_can_move() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("thrice.py");
    let mut body = String::from("# case: The same statements at three lines.\n# tags: generator\n");
    for i in 0..3 {
        body.push_str(&format!(
            "class C: pass\nx{i} = {i}\ndef g():\n    yield {i}\nlist(g())\n"
        ));
    }
    std::fs::write(&case, body).unwrap();
    let mut checked = 0;
    for (left, right) in [
        ("engine:3.11", "cpython"),
        ("engine:3.11", "process:python3.11"),
        ("engine:3.12", "process:python3.12"),
        ("engine:3.13", "process:python3.13"),
    ] {
        if let Some(python) = right.strip_prefix("process:") {
            if resolve(python).is_none() {
                continue;
            }
        }
        let out = Command::new(env!("CARGO_BIN_EXE_yieldspec"))
            .args(["diff", "--color", "never", "--left", left, "--right", right])
            .arg(&case)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{left} vs {right}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        checked += 1;
    }
    assert!(checked > 0);
}
