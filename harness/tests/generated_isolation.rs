//! The fuzzer runs CPython backends with `Isolation::Generated` (the tracer puts back only what
//! generated programs can change). Everything a generator switch can set in the interpreter —
//! async generator hooks (`asyncgen_hooks`), the coroutine origin tracking depth — must be put
//! back after each program, or a later program's trace shows the earlier one's hooks (a false
//! divergence: each program passes alone).

use std::time::Duration;

use yieldspec::backend::{open, run_normalized, BackendSpec, Isolation, RunConfig};
use yieldspec::case::Case;
use yieldspec::diff::outcome_body;
use yieldspec_trace::OutcomeKind;

fn config() -> RunConfig {
    RunConfig {
        timeout: Duration::from_secs(5),
        isolation: Isolation::Generated,
        ..RunConfig::default()
    }
}

/// Programs that change interpreter state the way generated programs do (the hooks are the
/// fuzzer's own `asyncgen_hooks` helper).
const SETTERS: &[(&str, &str)] = &[
    (
        "hooks",
        "import sys
def firstiter(ag):
    print(\"firstiter\", ag.__qualname__)
def finalizer(ag):
    print(\"finalizer\", ag.__qualname__)
sys.set_asyncgen_hooks(firstiter, finalizer)
async def g0():
    yield 1
s0 = g0()
s0.__anext__().send(None)
",
    ),
    (
        "origin",
        "import sys
sys.set_coroutine_origin_tracking_depth(3)
",
    ),
];

/// A program that shows those states: an async generator started and dropped (firstiter and
/// finalizer would print), the hooks and the depth themselves, a coroutine's origin.
const OBSERVER: &str = "import sys
async def g0():
    print(\"g0 start\")
    yield 1
s0 = g0()
s0.__anext__().send(None)
del s0
sys.get_asyncgen_hooks()
sys.get_coroutine_origin_tracking_depth()
async def c():
    pass
k = c()
k.cr_origin
k.close()
";

fn check(spec: &str) {
    let spec: BackendSpec = spec.parse().unwrap();
    let mut backend = open(&spec, &config()).expect("backend opens");
    let observer = Case::from_source("fuzz.py", OBSERVER.to_string());
    let fresh = run_normalized(backend.as_mut(), &observer);
    assert_eq!(
        fresh.kind(),
        OutcomeKind::Completed,
        "{}",
        outcome_body(&fresh)
    );
    let fresh = outcome_body(&fresh);
    assert!(fresh.contains("value asyncgen_hooks(firstiter=None, finalizer=None)"));
    let mut problems = Vec::new();
    for (name, source) in SETTERS {
        let setter = run_normalized(
            backend.as_mut(),
            &Case::from_source("fuzz.py", source.to_string()),
        );
        assert_eq!(setter.kind(), OutcomeKind::Completed, "{name}");
        let after = outcome_body(&run_normalized(backend.as_mut(), &observer));
        if after != fresh {
            problems.push(format!(
                "after {name}:\n{}",
                yieldspec::diff::unified("fresh", "after", &fresh, &after, false)
            ));
        }
    }
    assert!(problems.is_empty(), "{spec}:\n{}", problems.join("\n"));
}

#[cfg_attr(not(feature = "embedded-cpython"), ignore = "needs embedded CPython")]
#[test]
fn generated_programs_on_embedded_cpython_do_not_leak_hooks_or_origin_depth() {
    check("cpython");
}

#[test]
fn generated_programs_on_a_process_backend_do_not_leak_hooks_or_origin_depth() {
    check("process:python3");
}
