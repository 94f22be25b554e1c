//! Print the engine's text trace of each Python file given on the command line.
//! `cargo run --release -p yieldspec-engine --example trace -- FILE.py [TARGET]`

fn main() {
    let mut args = std::env::args().skip(1);
    let path = match args.next() {
        Some(p) => p,
        None => {
            eprintln!("usage: trace FILE.py [MAJOR.MINOR]");
            std::process::exit(2);
        }
    };
    let mut config = yieldspec_engine::EngineConfig::default();
    if let Some(t) = args.next() {
        match t.parse() {
            Ok(v) => config.target = v,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        }
    }
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let outcome = yieldspec_engine::run(&source, &path, &config);
    match outcome.trace() {
        Some(t) => {
            let mut t = t.clone();
            yieldspec_trace::normalize::normalize(&mut t);
            print!("{}", yieldspec_trace::text::render_body(&t));
        }
        None => println!("{}", outcome.reason().unwrap_or_default()),
    }
}
