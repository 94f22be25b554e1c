//! The Python tracer's two ways to split a case into statements — its own `ast` parse, or the
//! boundaries the harness finds with ruff — must give byte-identical traces on every case.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use yieldspec::case::{discover, load};
use yieldspec::statements::spans;

const COMPARE: &str = r#"
import json, re, sys
sys.path.insert(0, sys.argv[1])

def normalized(text):
    seen = {}
    return re.sub(r"\bat 0x[0-9a-fA-F]+", lambda m: "at 0x@%d" % seen.setdefault(m.group(0), len(seen) + 1), text)

import tracer
cases = json.load(sys.stdin)
bad = []
for case in cases:
    plain = normalized(tracer.run_case(case["source"], case["filename"], "{}"))
    fast = normalized(tracer.run_case(case["source"], case["filename"], json.dumps({"statements": case["spans"]})))
    if plain != fast:
        bad.append(case["filename"])
print(json.dumps({"compared": len(cases), "differ": bad}))
"#;

#[test]
fn ruff_boundaries_and_the_ast_path_give_the_same_traces() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = discover(&[root.join("../cases")]).expect("cases");
    let cases: Vec<serde_json::Value> = files
        .iter()
        .map(|f| {
            let case = load(f).expect("case loads");
            serde_json::json!({
                "source": case.source,
                "filename": case.filename(),
                "spans": spans(&case.source).expect("every case parses"),
            })
        })
        .collect();
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(COMPARE)
        .arg(root.join("src"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let input = serde_json::to_vec(&cases).unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["compared"], cases.len());
    assert_eq!(result["differ"], serde_json::json!([]), "{result}");
}
