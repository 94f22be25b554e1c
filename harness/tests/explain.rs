//! `yieldspec explain`: the control transfers recorded from CPython (sys.settrace) and from the
//! engine's observer agree, recording them changes nothing else in a trace, and the mermaid
//! diagram drawn from them parses with mermaid's own parser (under node, when installed).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use yieldspec::backend::{run_normalized, BackendSpec, RunConfig};
use yieldspec::case::{load, CaseFile};
use yieldspec::diff::outcome_body;
use yieldspec::explain::{mermaid, open_with_transfers, run_with_transfers};
use yieldspec_trace::{Event, Outcome, Step};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases")
}

fn case(id: &str) -> yieldspec::case::Case {
    let path = cases_dir().join(id);
    load(&CaseFile {
        path,
        id: PathBuf::from(id),
    })
    .expect("case loads")
}

/// Cases whose transfers cover every step: start, send (also down a `yield from`), throw
/// (also forwarded to a subgenerator, and close's GeneratorExit), yield, return, raise (also
/// the re-raise at the end of a `finally`, which CPython's tracing shows no event for).
const CASES: [&str; 7] = [
    "seed/coroutine_send.py",
    "seed/zero_division.py",
    "yield_from/throw_forwarded_to_sub_throw.py",
    "yield_from/sub_exception_caught_by_delegator.py",
    "yield_from/throw_generatorexit_calls_sub_close.py",
    "close/return_in_finally_on_close.py",
    "close/close_suspended_runs_finally.py",
];

fn transfers(outcome: &Outcome) -> Vec<Event> {
    let trace = outcome
        .trace()
        .unwrap_or_else(|| panic!("not a trace: {:?}", outcome.reason()));
    let statements = trace.statements.iter().flat_map(|s| &s.events);
    let teardown = trace.teardown.iter().flat_map(|s| &s.events);
    statements
        .chain(teardown)
        .filter(|e| matches!(e, Event::Transfer { .. }))
        .cloned()
        .collect()
}

/// Drop the transfer events (and the statements / teardown steps left empty by that).
fn without_transfers(outcome: &Outcome) -> Outcome {
    let mut outcome = outcome.clone();
    if let Outcome::Completed { trace } = &mut outcome {
        for s in &mut trace.statements {
            s.events.retain(|e| !matches!(e, Event::Transfer { .. }));
        }
        for s in &mut trace.teardown {
            s.events.retain(|e| !matches!(e, Event::Transfer { .. }));
        }
        trace.teardown.retain(|s| !s.events.is_empty());
    }
    outcome
}

#[test]
fn control_transfers_are_equal_on_cpython_and_the_engine() {
    let run = RunConfig::default();
    let mut steps = std::collections::BTreeSet::new();
    let cpython_spec = BackendSpec::Cpython;
    let mut cpython_side = open_with_transfers(&cpython_spec, &run).unwrap();
    let mut engine_side = open_with_transfers(&BackendSpec::Engine(None), &run).unwrap();
    let mut cpython_plain = yieldspec::backend::open(&cpython_spec, &run).unwrap();
    let mut engine_plain = yieldspec::backend::open(&BackendSpec::Engine(None), &run).unwrap();
    for id in CASES {
        let case = case(id);
        let cpython = run_normalized(cpython_side.as_mut(), &case);
        let engine = run_normalized(engine_side.as_mut(), &case);
        let (c, e) = (transfers(&cpython), transfers(&engine));
        assert!(c.len() >= 2, "{id}: only {} transfers recorded", c.len());
        assert_eq!(
            outcome_body(&cpython),
            outcome_body(&engine),
            "{id}: the traces with transfers differ"
        );
        assert_eq!(c, e, "{id}");
        for t in &c {
            if let Event::Transfer { step, .. } = t {
                steps.insert(step.as_str());
            }
        }
        // recording transfers changes nothing else in either trace
        for (backend, with) in [(&mut cpython_plain, &cpython), (&mut engine_plain, &engine)] {
            let plain = run_normalized(backend.as_mut(), &case);
            assert_eq!(
                outcome_body(&plain),
                outcome_body(&without_transfers(with)),
                "{id} on {}: recording transfers changed the trace",
                backend.name()
            );
        }
    }
    let all: Vec<&str> = [
        Step::Start,
        Step::Send,
        Step::Throw,
        Step::Yield,
        Step::Return,
        Step::Raise,
    ]
    .iter()
    .map(|s| s.as_str())
    .collect();
    assert_eq!(
        steps.into_iter().collect::<Vec<_>>().len(),
        all.len(),
        "steps covered"
    );
}

/// Cases in which CPython gives a new generator the address of one it freed (the engine does
/// not), so that the `0x@N` numbering alone may differ: a generator closed by its deallocation
/// (its weak references are gone when its `finally` runs) and a new one at its address, which
/// must still be a `start`; an async generator's yields (CPython wraps the value it hands out).
const NUMBERING_MAY_DIFFER: [&str; 3] = [
    "finalization/del_suspended_runs_finally.py",
    "seed/delegation_yield_from.py",
    "async_generator/asend_protocol.py",
];

/// `0x@N` placeholders masked to `0x@`.
fn without_numbering(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x@") {
        out.push_str(&rest[..i + 3]);
        rest = rest[i + 3..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

#[test]
fn control_transfers_are_equal_up_to_address_reuse() {
    let run = RunConfig::default();
    let mut cpython = open_with_transfers(&BackendSpec::Cpython, &run).unwrap();
    let mut engine = open_with_transfers(&BackendSpec::Engine(None), &run).unwrap();
    for id in NUMBERING_MAY_DIFFER {
        let case = case(id);
        let c = run_normalized(cpython.as_mut(), &case);
        let e = run_normalized(engine.as_mut(), &case);
        assert!(transfers(&c).len() >= 4, "{id}: {:?}", c.reason());
        assert_eq!(
            without_numbering(&outcome_body(&c)),
            without_numbering(&outcome_body(&e)),
            "{id}: the traces with transfers differ"
        );
    }
}

/// The sent value is read from the resumed frame (see tracer.py): `send(10)` records 10.
#[test]
fn the_sent_value_is_recorded_on_cpython() {
    let case = case("seed/delegation_yield_from.py");
    let outcome = run_with_transfers(&BackendSpec::Cpython, &RunConfig::default(), &case).unwrap();
    let sends: Vec<String> = transfers(&outcome)
        .into_iter()
        .filter_map(|e| match e {
            Event::Transfer {
                step: Step::Send,
                from,
                value,
                ..
            } if from == "caller" => Some(value),
            _ => None,
        })
        .collect();
    assert_eq!(&sends[..3], ["10", "20", "None"], "{sends:?}");
}

/// Where mermaid and jsdom are installed for the parser check: `$YIELDSPEC_MERMAID_ENV`, else
/// `target/mermaid-env` (`npm install --prefix target/mermaid-env mermaid@11 jsdom`).
fn mermaid_env() -> Result<PathBuf, String> {
    let dir = std::env::var_os("YIELDSPEC_MERMAID_ENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/mermaid-env"));
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Err("node is not installed".into());
    }
    for module in ["mermaid", "jsdom"] {
        if !dir
            .join("node_modules")
            .join(module)
            .join("package.json")
            .exists()
        {
            return Err(format!(
                "{module} is not installed in {} (npm install --prefix {} mermaid@11 jsdom)",
                dir.display(),
                dir.display()
            ));
        }
    }
    Ok(dir)
}

#[test]
fn mermaid_output_parses_with_mermaids_own_parser() {
    let dir = match mermaid_env() {
        Ok(d) => d,
        Err(why) => {
            eprintln!("SKIPPED mermaid_output_parses_with_mermaids_own_parser: {why}");
            return;
        }
    };
    let script = dir.join("yieldspec-parse.mjs");
    std::fs::write(&script, include_str!("mermaid_parse.mjs")).unwrap();
    let run = RunConfig::default();
    let mut ids = vec!["seed/delegation_yield_from.py"];
    ids.extend(CASES);
    let mut cpython = open_with_transfers(&BackendSpec::Cpython, &run).unwrap();
    for id in ids {
        let outcome = run_normalized(cpython.as_mut(), &case(id));
        let diagram = mermaid(outcome.trace().unwrap());
        let mut child = Command::new("node")
            .arg(&script)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(diagram.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{id}: mermaid rejects the diagram: {}\n{diagram}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            "parsed: sequence"
        );
    }
    // and the check can fail: a broken diagram is rejected
    let mut child = Command::new("node")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"sequenceDiagram\n    caller->>: x\n")
            .unwrap();
    }
    assert!(!child.wait().unwrap().success());
}
