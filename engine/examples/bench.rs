//! Engine time vs CPython time on generator-heavy workloads.
//! `cargo run --release -p yieldspec-engine --example bench`

use std::process::Command;
use std::time::Instant;

const WORKLOADS: &[(&str, &str)] = &[
    (
        "pipeline",
        "def nums(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n\
         def squares(it):\n    for x in it:\n        yield x * x\n\
         def evens(it):\n    for x in it:\n        if x % 2 == 0:\n            yield x\n\
         total = 0\nfor v in evens(squares(nums(300000))):\n    total += v\n",
    ),
    (
        "yield_from_chain",
        "def leaf(n):\n    for i in range(n):\n        yield i\n\
         def chain(d, n):\n    if d == 0:\n        yield from leaf(n)\n    else:\n        yield from chain(d - 1, n)\n\
         s = 0\nfor x in chain(20, 60000):\n    s += x\n",
    ),
    (
        "send_coroutine",
        "def averager():\n    total = 0\n    count = 0\n    avg = None\n    while True:\n        v = yield avg\n        total += v\n        count += 1\n        avg = total / count\n\
         a = averager()\nnext(a)\nfor i in range(200000):\n    a.send(i)\n",
    ),
    (
        "genexp_sum",
        "s = 0\nfor k in range(20):\n    s += sum(x * 2 for x in range(20000) if x % 3)\n    s += len([y for y in range(20000)])\n",
    ),
    (
        "iterator_class",
        "class Count:\n    def __init__(self, n):\n        self.i = 0\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.i >= self.n:\n            raise StopIteration\n        self.i += 1\n        return self.i\n\
         t = 0\nfor v in Count(200000):\n    t += v\n",
    ),
    (
        "throw_close",
        "def g():\n    while True:\n        try:\n            yield 1\n        except ValueError:\n            pass\n\
         for i in range(20000):\n    x = g()\n    next(x)\n    x.throw(ValueError)\n    x.close()\n",
    ),
];

fn cpython_ms(src: &str) -> Option<f64> {
    let script = "import sys, time\nsrc = sys.stdin.read()\ncode = compile(src, 'b', 'exec')\n\
                  best = 1e9\nfor _ in range(3):\n    t = time.perf_counter(); exec(code, {'__name__': '__main__'}); best = min(best, time.perf_counter() - t)\n\
                  print(best * 1000)";
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    use std::io::Write;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn main() {
    let config = yieldspec_engine::EngineConfig {
        fuel: u64::MAX,
        ..Default::default()
    };
    println!(
        "{:<18} {:>10} {:>10} {:>7}",
        "workload", "engine ms", "cpython ms", "ratio"
    );
    for (name, src) in WORKLOADS {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let out = yieldspec_engine::run(src, "bench.py", &config);
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            if out.trace().is_none() {
                println!("{name}: {:?}", out.reason());
            }
            best = best.min(ms);
        }
        match cpython_ms(src) {
            Some(c) => println!("{name:<18} {best:>10.1} {c:>10.1} {:>6.2}x", best / c),
            None => println!("{name:<18} {best:>10.1} {:>10} {:>7}", "n/a", ""),
        }
    }
}
