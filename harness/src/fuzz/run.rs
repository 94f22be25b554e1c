//! `yieldspec fuzz`: the generator and the oracle in an in-process loop on the stable
//! toolchain, deterministic for a seed, with a progress bar and a final report. Findings are
//! saved as ready case files (plus the diff, and optionally a reduced case).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::oracle::{Check, Oracle};
use super::reduce::{reduce, ReduceConfig};
use super::report::Stats;
use super::{generate_from, program_bytes, to_case};
use crate::backend::RunConfig;
use crate::case::Case;
use crate::commands::{EXIT_FAILED, EXIT_INPUT, EXIT_OK};

/// Arguments of `yieldspec fuzz`.
#[derive(clap::Args, Debug)]
pub struct FuzzArgs {
    /// Seed of the program sequence (a run is deterministic for its seed).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Stop after this many seconds (default 60 unless --iterations is given).
    #[arg(long, conflicts_with = "iterations")]
    pub time: Option<f64>,
    /// Stop after this many programs.
    #[arg(long)]
    pub iterations: Option<u64>,
    /// Directory for findings (case files, diffs, reduced cases).
    #[arg(long, default_value = "fuzz-findings")]
    pub out: PathBuf,
    /// The reference backend (also `mutant:NAME`, a deliberately wrong one).
    #[arg(long, default_value = "cpython")]
    pub left: String,
    /// The backend under test.
    #[arg(long, default_value = "engine")]
    pub right: String,
    /// Also save a reduced case for each distinct finding.
    #[arg(long)]
    pub reduce: bool,
    /// No progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// Arguments of `yieldspec reduce`.
#[derive(clap::Args, Debug)]
pub struct ReduceArgs {
    /// The divergent case file.
    pub case: PathBuf,
    #[arg(long, default_value = "cpython")]
    pub left: String,
    #[arg(long, default_value = "engine")]
    pub right: String,
    /// Write the reduced case here instead of printing it.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// `yieldspec fuzz` from its command-line arguments.
pub fn fuzz_main(
    args: &FuzzArgs,
    run: &RunConfig,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let limit = match (args.time, args.iterations) {
        (_, Some(n)) => Limit::Iterations(n),
        (Some(t), None) if t.is_finite() && t > 0.0 => Limit::Time(Duration::from_secs_f64(t)),
        (Some(_), None) => {
            let _ = writeln!(err, "error: --time must be a positive number of seconds");
            return EXIT_INPUT;
        }
        (None, None) => Limit::Time(Duration::from_secs(60)),
    };
    let opts = FuzzOptions {
        seed: args.seed,
        limit,
        out: args.out.clone(),
        left: args.left.clone(),
        right: args.right.clone(),
        run: capped(run),
        reduce: args.reduce,
        progress: !args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    fuzz(&opts, out, err)
}

/// Budgets for generated and reduced programs, which finish in milliseconds: a program that runs
/// longer is a timeout after at most 2 s or 5,000,000 steps (the reducer can make loops endless).
fn capped(run: &RunConfig) -> RunConfig {
    RunConfig {
        timeout: run.timeout.min(Duration::from_secs(2)),
        fuel: run.fuel.min(5_000_000),
        ..run.clone()
    }
}

/// `yieldspec reduce` from its command-line arguments.
pub fn reduce_main(
    args: &ReduceArgs,
    run: &RunConfig,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let opts = ReduceOptions {
        case: args.case.clone(),
        left: args.left.clone(),
        right: args.right.clone(),
        run: RunConfig {
            timeout: run.timeout.min(Duration::from_millis(500)),
            ..capped(run)
        },
        output: args.output.clone(),
    };
    reduce_command(&opts, out, err)
}

/// When the loop stops.
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    Time(Duration),
    Iterations(u64),
}

/// Options of `yieldspec fuzz`.
#[derive(Clone, Debug)]
pub struct FuzzOptions {
    pub seed: u64,
    pub limit: Limit,
    /// Where findings are saved.
    pub out: PathBuf,
    pub left: String,
    pub right: String,
    pub run: RunConfig,
    /// Also save a reduced case for each distinct finding.
    pub reduce: bool,
    /// Show the progress bar (on a terminal).
    pub progress: bool,
}

/// Run the fuzz loop; returns the exit code (1 when something was found).
pub fn fuzz(opts: &FuzzOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut oracle = match Oracle::open(&opts.left, &opts.right, &opts.run) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let (lname, rname) = oracle.names();
    let bar = progress_bar(opts);
    let mut stats = Stats::default();
    let mut seen = HashSet::new();
    let start = Instant::now();
    let mut last_draw = start;
    let mut index = 0u64;
    loop {
        match opts.limit {
            Limit::Iterations(n) if index >= n => break,
            Limit::Time(t) if start.elapsed() >= t => break,
            _ => {}
        }
        let t0 = Instant::now();
        let generated = generate_from(&program_bytes(opts.seed, index));
        let case = to_case(
            &generated,
            &format!("fuzz-{}-{index}.py", opts.seed),
            format!(
                "Found by yieldspec fuzz (seed {}, program {index}).",
                opts.seed
            ),
        );
        let gen_time = t0.elapsed();
        let check = oracle.check(&case);
        stats.record(generated.program.features_used(), &check, gen_time);
        if check.class.is_finding() {
            // A finding must reproduce: run it again; one that does not is a false divergence.
            let again = oracle.check(&case);
            if again.class != check.class || again.signature() != check.signature() {
                stats.flaky += 1;
                bar.println(format!(
                    "warning: program {index} of seed {} did not reproduce ({} then {})",
                    opts.seed,
                    check.class.name(),
                    again.class.name()
                ));
            }
            let key = coarse_signature(&check);
            if seen.insert(key) {
                stats.unique_findings += 1;
                match save_finding(opts, &mut oracle, &case, &check, index) {
                    Ok(paths) => {
                        for p in &paths {
                            bar.println(format!("saved {}", p.display()));
                        }
                        stats
                            .saved
                            .extend(paths.iter().map(|p| p.display().to_string()));
                    }
                    Err(e) => {
                        bar.println(format!("error: cannot save a finding: {e}"));
                    }
                }
            }
        }
        index += 1;
        if last_draw.elapsed() >= Duration::from_millis(200) {
            last_draw = Instant::now();
            bar.set_message(stats.progress(start.elapsed()));
            if let Limit::Iterations(_) = opts.limit {
                bar.set_position(index);
            } else {
                bar.set_position(start.elapsed().as_secs());
            }
        }
    }
    bar.finish_and_clear();
    let title = format!("yieldspec fuzz: seed {}, {lname} vs {rname}", opts.seed);
    stats.write_report(out, &title, start.elapsed());
    if stats.unique_findings > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

fn progress_bar(opts: &FuzzOptions) -> ProgressBar {
    let (len, template) = match opts.limit {
        Limit::Iterations(n) => (n, "{elapsed_precise} [{bar:30}] {pos}/{len} {msg}"),
        Limit::Time(t) => (
            t.as_secs().max(1),
            "{elapsed_precise} [{bar:30}] {pos}/{len} s {msg}",
        ),
    };
    let bar = ProgressBar::with_draw_target(
        Some(len),
        if opts.progress {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// The first difference with every digit replaced, so that findings differing only in labels
/// and numbers count once.
fn coarse_signature(check: &Check) -> String {
    let (l, r) = check.signature().unwrap_or_default();
    let coarse = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    };
    format!("{}|{}|{}", check.class.name(), coarse(&l), coarse(&r))
}

/// Save a finding: the case file, the diff, and (with `--reduce`) a reduced case.
fn save_finding(
    opts: &FuzzOptions,
    oracle: &mut Oracle,
    case: &Case,
    check: &Check,
    index: u64,
) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(&opts.out)?;
    let stem = format!("{}-{}-{index}", check.class.name(), opts.seed);
    let mut paths = Vec::new();
    let case_path = opts.out.join(format!("{stem}.py"));
    std::fs::write(&case_path, &case.source)?;
    paths.push(case_path);
    let diff_path = opts.out.join(format!("{stem}.diff"));
    std::fs::write(&diff_path, oracle.diff_text(check, false))?;
    paths.push(diff_path);
    if opts.reduce {
        let result = reduce(oracle, &case.source, &ReduceConfig::default());
        if let Some(reduced) = result.reduced {
            let path = opts.out.join(format!("{stem}-reduced.py"));
            std::fs::write(&path, reduced)?;
            paths.push(path);
        }
    }
    Ok(paths)
}

/// Options of `yieldspec reduce`.
#[derive(Clone, Debug)]
pub struct ReduceOptions {
    pub case: PathBuf,
    pub left: String,
    pub right: String,
    pub run: RunConfig,
    pub output: Option<PathBuf>,
}

/// `yieldspec reduce`: shrink a divergent case; print it (or write it to `-o`).
pub fn reduce_command(opts: &ReduceOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let source = match std::fs::read_to_string(&opts.case) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(err, "error: {}: {e}", opts.case.display());
            return EXIT_INPUT;
        }
    };
    let mut oracle = match Oracle::open(&opts.left, &opts.right, &opts.run) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let result = reduce(&mut oracle, &source, &ReduceConfig::default());
    let Some(reduced) = result.reduced.clone() else {
        let _ = writeln!(
            err,
            "error: {}: {}",
            opts.case.display(),
            result.why_not.unwrap_or_else(|| "nothing to reduce".into())
        );
        return EXIT_FAILED;
    };
    let _ = writeln!(
        err,
        "reduced {} lines to {} in {} tests ({:.1} s); first difference: {}",
        source.lines().count(),
        reduced.lines().count(),
        result.tests,
        result.elapsed.as_secs_f64(),
        result.signature_text()
    );
    match &opts.output {
        Some(path) => write_output(path, &reduced, err),
        None => {
            let _ = write!(out, "{reduced}");
            EXIT_OK
        }
    }
}

fn write_output(path: &Path, text: &str, err: &mut dyn Write) -> i32 {
    match std::fs::write(path, text) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let _ = writeln!(err, "error: {}: {e}", path.display());
            EXIT_INPUT
        }
    }
}
