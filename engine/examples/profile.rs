//! Run Python files through the engine (for profiling): `profile FILE|DIR [REPEAT]`.

use std::path::{Path, PathBuf};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .expect("read_dir")
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            collect(&p, out);
        }
    } else if path.extension().is_some_and(|x| x == "py") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile FILE|DIR [REPEAT]");
    let repeat: u32 = args.next().map_or(1, |s| s.parse().expect("REPEAT"));
    let config = yieldspec_engine::EngineConfig::default();
    let mut paths = Vec::new();
    collect(Path::new(&path), &mut paths);
    let sources: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    let start = std::time::Instant::now();
    for _ in 0..repeat {
        for src in &sources {
            let out = yieldspec_engine::run(src, "case.py", &config);
            if out.trace().is_none() && sources.len() == 1 {
                eprintln!("{:?}", out.reason());
            }
        }
    }
    let per = start.elapsed().as_secs_f64() * 1e3 / f64::from(repeat);
    eprintln!("{per:.2} ms per round");
}
