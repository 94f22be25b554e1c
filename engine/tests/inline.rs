//! `on_large_stack`: cases run in place on that thread give the same outcomes as cases handed
//! to the worker thread, including ones that recurse to the recursion limit (which need the
//! large stack) and ones that run out of fuel.

use yieldspec_engine::{on_large_stack, run, EngineConfig};

const CASES: &[&str] = &[
    "def g():\n    x = yield 1\n    print('got', x)\n    return 5\nit = g()\nnext(it)\nit.send(7)\n",
    "def f(n):\n    return f(n + 1)\nf(0)\n",
    "def g():\n    try:\n        yield 1\n    finally:\n        print('fin')\nx = g()\nnext(x)\ndel x\n",
    "while True:\n    pass\n",
    "def g():\n    yield from g()\nlist(g())\n",
];

#[test]
fn inline_runs_match_the_worker_thread() {
    let config = EngineConfig {
        fuel: 100_000,
        ..EngineConfig::default()
    };
    let via_worker: Vec<String> = CASES
        .iter()
        .map(|src| format!("{:?}", run(src, "case.py", &config)))
        .collect();
    let inline: Vec<String> = on_large_stack(|| {
        CASES
            .iter()
            .map(|src| format!("{:?}", run(src, "case.py", &config)))
            .collect()
    })
    .expect("thread starts");
    assert_eq!(inline, via_worker);
    assert!(
        via_worker[1].contains("RecursionError"),
        "{}",
        via_worker[1]
    );
    assert!(via_worker[3].contains("Timeout"), "{}", via_worker[3]);
}
