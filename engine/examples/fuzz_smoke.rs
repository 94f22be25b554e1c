//! A dependency-free smoke fuzzer for the engine alone: mutates the given Python files
//! (byte flips, line splicing, truncation) and runs each mutant through `fuzz_one`.
//! `cargo run --release -p yieldspec-engine --example fuzz_smoke -- SECONDS FILES...`

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    let corpus: Vec<Vec<u8>> = args.filter_map(|p| std::fs::read(p).ok()).collect();
    if corpus.is_empty() {
        eprintln!("usage: fuzz_smoke SECONDS FILES...");
        std::process::exit(2);
    }
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const TOKENS: &[&str] = &[
        "yield",
        "yield from ",
        "return",
        "raise",
        "try:",
        "except:",
        "finally:",
        "(",
        ")",
        "[",
        "]",
        ":",
        "\n",
        "    ",
        "g.throw(ValueError)",
        "g.close()",
        "next(g)",
        "del g",
        "*",
        "**",
        "lambda: ",
        "for x in ",
        "while 1:",
        "break",
        "continue",
        "with ",
        "class C:",
        "def f():",
        "nonlocal x",
        "global x",
        "0",
        "-1",
        "1e308",
        "'s'",
        "None",
        ",",
        "=",
        "+=",
        "%",
        "{}",
        "...",
    ];
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(secs) {
        let mut data = corpus[(rnd() as usize) % corpus.len()].clone();
        for _ in 0..(1 + rnd() % 4) {
            if data.is_empty() {
                break;
            }
            let at = (rnd() as usize) % data.len();
            match rnd() % 5 {
                0 => data[at] = (rnd() % 128) as u8,
                1 => {
                    let t = TOKENS[(rnd() as usize) % TOKENS.len()];
                    data.splice(at..at, t.bytes());
                }
                2 => {
                    let end = (at + (rnd() as usize) % 40).min(data.len());
                    data.drain(at..end);
                }
                3 => {
                    let other = &corpus[(rnd() as usize) % corpus.len()];
                    if !other.is_empty() {
                        let s = (rnd() as usize) % other.len();
                        let e = (s + (rnd() as usize) % 200).min(other.len());
                        data.splice(at..at, other[s..e].iter().copied());
                    }
                }
                _ => data.truncate(at),
            }
        }
        let r = std::panic::catch_unwind(|| yieldspec_engine::fuzz_one(&data));
        if r.is_err() {
            let path = format!("/tmp/engine-crash-{n}.py");
            let _ = std::fs::write(&path, &data);
            eprintln!("CRASH saved to {path}");
        }
        n += 1;
    }
    println!("{n} programs in {secs}s, no crash unless reported above");
}
