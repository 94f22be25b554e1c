//! The engine keeps the compiled code of its Python-source modules (asyncio, random, ...) for
//! every run on a thread: each run must still get its own module objects, so what one case
//! changes in them is not seen by the next, for any target.

use yieldspec_engine::{on_large_stack, run, EngineConfig, PythonVersion};

const CHANGE: &str = "import asyncio, random\n\
asyncio.Queue.extra = 1\n\
asyncio.sleep = None\n\
random.seed = None\n\
print(hasattr(asyncio.Queue, 'extra'), asyncio.sleep, random.seed)\n";

const LOOK: &str = "import asyncio, random\n\
print(hasattr(asyncio.Queue, 'extra'), asyncio.sleep is None, random.seed is None)\n\
async def main():\n    await asyncio.sleep(0)\n    return 'done'\n\
asyncio.run(main())\n";

#[test]
fn a_case_changing_a_module_does_not_change_it_for_the_next_case() {
    let traces = on_large_stack(|| {
        let mut out = Vec::new();
        for target in [PythonVersion::new(3, 11), PythonVersion::new(3, 12)] {
            let config = EngineConfig {
                target,
                ..EngineConfig::default()
            };
            let first = format!("{:?}", run(LOOK, "case.py", &config));
            let changed = format!("{:?}", run(CHANGE, "case.py", &config));
            let again = format!("{:?}", run(LOOK, "case.py", &config));
            out.push((first, changed, again));
        }
        out
    })
    .expect("thread starts");
    for (first, changed, again) in traces {
        assert!(changed.contains("True None None"), "{changed}");
        assert!(first.contains("False False False"), "{first}");
        assert!(first.contains("'done'"), "{first}");
        assert_eq!(first, again);
    }
}
