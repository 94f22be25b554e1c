//! A finished run leaves no memory behind: the reference cycles the engine's counting cannot
//! free (it has no cyclic collector) are broken at the end of the run (`Vm::release_cycles`),
//! so a harness or fuzzer running millions of cases in one process does not grow.
//!
//! Memory is counted by a global allocator of this test binary (all threads: the engine runs
//! cases on a worker thread). Each program runs twice first, so that what the engine builds
//! once per thread (the built-in types) is not counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};
use std::sync::Mutex;

use yieldspec_engine::{run, EngineConfig};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; the count is a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The tests of this binary share the count: one measures at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Bytes a third run of `source` leaves allocated.
fn leaked(source: &str, config: &EngineConfig) -> isize {
    for _ in 0..2 {
        drop(run(source, "case.py", config));
    }
    let before = LIVE.load(Relaxed);
    drop(run(source, "case.py", config));
    LIVE.load(Relaxed) - before
}

/// What a run may leave or take besides its objects: the engine's buffer pools for frames'
/// value stacks change by a few hundred bytes from run to run. The smallest cycle below leaks
/// 1.2 KB without the release step.
const SLACK: isize = 512;

/// Programs whose objects end in a reference cycle, each of a kind a generator program makes.
const CYCLES: &[(&str, &str)] = &[
    ("an engine module written in Python", "import asyncio\nimport itertools\nimport random\n"),
    (
        "a class whose method uses super()",
        "class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n        return super().f()\nB().f()\n",
    ),
    (
        "instances that point at each other",
        "class Node:\n    pass\na = Node()\nb = Node()\na.other = b\nb.other = a\n",
    ),
    (
        "a nested function that calls itself",
        "def outer():\n    def walk(n):\n        return 0 if n == 0 else walk(n - 1)\n    return walk\nw = outer()\nw(3)\n",
    ),
    (
        "an exception kept by the frame its traceback holds",
        "def f():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        saved = e\n    return saved\nx = f()\n",
    ),
    (
        "a case stopped by its fuel while its functions are still bound",
        "def spin():\n    while True:\n        pass\nclass C:\n    pass\nc = C()\nc.me = c\nspin()\n",
    ),
    (
        "an asyncio program",
        "import asyncio\nasync def main():\n    q = asyncio.Queue()\n    async def put():\n        await q.put(1)\n    t = asyncio.create_task(put())\n    print(await q.get())\n    await t\nasyncio.run(main())\n",
    ),
];

#[test]
fn cycles_are_released_at_the_end_of_a_run() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let config = EngineConfig {
        fuel: 200_000,
        ..EngineConfig::default()
    };
    let leaks: Vec<String> = CYCLES
        .iter()
        .filter_map(|(what, source)| {
            let bytes = leaked(source, &config);
            (bytes > SLACK).then(|| format!("{what}: {bytes} bytes"))
        })
        .collect();
    assert!(
        leaks.is_empty(),
        "runs left memory behind:\n{}",
        leaks.join("\n")
    );
}

/// The whole corpus: each case's third run leaves (almost) nothing. The engine keeps cycles
/// only through generator frames and built-in containers (a list that holds itself), which
/// this does not break; before the release step the corpus left 64 MB behind, 550 KB per
/// asyncio case.
#[test]
fn the_corpus_leaves_almost_nothing_behind() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../cases");
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("cases/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 300, "found {} cases", files.len());
    let config = EngineConfig::default();
    let mut total = 0;
    let mut worst = (0, String::new());
    for path in &files {
        let source = std::fs::read_to_string(path).expect("a case is readable");
        let bytes = leaked(&source, &config);
        total += bytes;
        if bytes > worst.0 {
            worst = (bytes, path.display().to_string());
        }
    }
    assert!(
        total < 64 * 1024,
        "the corpus left {total} bytes behind ({} cases; most: {} bytes by {})",
        files.len(),
        worst.0,
        worst.1
    );
}
