//! `yieldspec fuzz`: the generator and the oracle in an in-process loop on the stable
//! toolchain, deterministic for a seed, with a progress bar and a final report. Findings are
//! grouped by root-cause signature ([`super::signature`]); the first program of each new
//! signature is confirmed on fresh workers and saved as a ready case file (plus the diff, and
//! optionally a reduced case with the same signature); a single-process run ends with the table
//! of signatures ([`super::findings`]). With `--jobs N` the loop runs in N worker processes
//! ([`super::jobs`]), whose findings the parent de-duplicates by the same signatures.

use crate::error::Error;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::cost::thread_cpu;
use super::findings::{Confirmation, Findings};
use super::jobs::{self, FindingFiles, Stream, WorkerId, WorkerLink};
use super::known::{nearest_file, KnownDivergences};
use super::oracle::{Check, Class, Oracle};
use super::reduce::{reduce, reduce_to, ReduceConfig};
use super::report::Stats;
use super::signature::{features_of, Signature};
use super::{generate_on, program_bytes, to_case, Feature, Features, Python};
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
    /// Index of the first program (to replay a finding's history: the programs a worker ran
    /// before it).
    #[arg(long, default_value_t = 0)]
    pub start: u64,
    /// Only programs that use this feature switch (repeat it or separate names by commas for
    /// several; names as in the report's feature table, e.g. `asyncio`): the switch is on in
    /// every program, with the switches it needs, and `asyncio`, `async_def`, `async_gen` and
    /// `async_with` make every program an asyncio program, coroutines or async generators.
    /// Program `i` of a seed is then another program than without the option.
    #[arg(long = "feature", value_name = "NAME", value_delimiter = ',')]
    pub features: Vec<Feature>,
    /// Restart process workers before every program, so that no program sees another's history
    /// (slow: every program pays the interpreter's start-up).
    #[arg(long)]
    pub worker_fresh: bool,
    /// Known divergences of the runtime under test (default: known-divergences/<runtime>.toml,
    /// e.g. pypy-8.toml, in the current directory or the nearest of its parents that has it);
    /// these are counted, not saved.
    #[arg(long)]
    pub known: Option<PathBuf>,
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
    /// Pin the fuzzer, all its threads, to this CPU. The engine and embedded CPython run the
    /// programs on the fuzz thread itself (in place), so pinning mainly keeps its caches warm
    /// and fuzzers apart: run one fuzzer per core with `--cpu 0`, `--cpu 1`, … (Linux only).
    /// With `--jobs N`, worker K is pinned to CPU `cpu + K`.
    #[arg(long)]
    pub cpu: Option<usize>,
    /// Worker processes, each running a disjoint share of the seed's programs (program i on
    /// worker i mod N), with one progress line, one report and findings de-duplicated across
    /// workers (default: the number of cores; 1 runs in this process).
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub jobs: Option<u64>,
    /// Internal: run as worker K of N of a `--jobs N` run, reporting to the parent on stdout.
    #[arg(long, hide = true)]
    pub worker: Option<WorkerId>,
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

/// Arguments of `yieldspec generate`.
#[derive(clap::Args, Debug)]
pub struct GenerateArgs {
    /// Seed of the program sequence (the same programs `yieldspec fuzz --seed N` runs).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Index of the first program.
    #[arg(long, default_value_t = 0)]
    pub start: u64,
    /// How many programs to write.
    #[arg(long, default_value_t = 100)]
    pub count: u64,
    /// Only programs that use this feature switch (as `yieldspec fuzz --feature`).
    #[arg(long = "feature", value_name = "NAME", value_delimiter = ',')]
    pub features: Vec<Feature>,
    /// Only what Python MAJOR.MINOR has (as `yieldspec fuzz` generates for backends of that
    /// version: no TaskGroup before 3.11).
    #[arg(long, value_name = "X.Y")]
    pub python: Option<Python>,
    /// Directory for the case files (`fuzz-SEED-INDEX.py`); created if missing.
    #[arg(long, default_value = "generated")]
    pub out: PathBuf,
}

/// `yieldspec generate`: write generated programs as case files, e.g. to run them on another
/// implementation with `yieldspec diff --right process:…` or to profile a backend on them.
pub fn generate_main(args: &GenerateArgs, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        let _ = writeln!(err, "error: {}: {e}", args.out.display());
        return EXIT_INPUT;
    }
    let end = args.start.saturating_add(args.count);
    for index in args.start..end {
        let name = format!("fuzz-{}-{index}.py", args.seed);
        let required: Features = args.features.iter().copied().collect();
        let generated = generate_on(&program_bytes(args.seed, index), required, args.python);
        let case = to_case(
            &generated,
            &name,
            format!(
                "Generated by yieldspec generate (seed {}, program {index}{}).",
                args.seed,
                feature_words(required)
            ),
        );
        let code = write_output(&args.out.join(&name), &case.source, err);
        if code != EXIT_OK {
            return code;
        }
    }
    let _ = writeln!(
        out,
        "wrote {} programs to {}",
        end - args.start,
        args.out.display()
    );
    EXIT_OK
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
        (Some(t), None) if t > 0.0 && t <= crate::backend::MAX_SECONDS => {
            Limit::Time(Duration::from_secs_f64(t))
        }
        (Some(_), None) => {
            let _ = writeln!(
                err,
                "error: --time must be a positive number of seconds, at most {}",
                crate::backend::MAX_SECONDS
            );
            return EXIT_INPUT;
        }
        (None, None) => Limit::Time(Duration::from_secs(60)),
    };
    let jobs = args.jobs.map_or_else(jobs::default_jobs, |n| n as usize);
    let opts = FuzzOptions {
        seed: args.seed,
        limit,
        out: args.out.clone(),
        left: args.left.clone(),
        right: args.right.clone(),
        run: super::capped(run),
        reduce: args.reduce,
        progress: !args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()),
        stream: args.worker.map_or(Stream::ALL, Stream::of),
        worker: args.worker.is_some(),
        start: args.start,
        worker_fresh: args.worker_fresh,
        known: args.known.clone(),
        required: args.features.iter().copied().collect(),
    };
    if args.worker.is_none() && jobs > 1 {
        // open the backends once here, so that a bad name is one error, not one per worker
        let names = match Oracle::open(&opts.left, &opts.right, &opts.run) {
            Ok(oracle) => oracle.names(),
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                return EXIT_INPUT;
            }
        };
        // worker k pins itself to CPU cpu + k: refuse a bad one here, once, rather than in
        // every worker at once (their stderr lines would interleave)
        if let Some(cpu) = args.cpu {
            for k in 0..jobs {
                if let Err(e) = check_cpu(cpu + k) {
                    let _ = writeln!(err, "error: --cpu {}: {e}", cpu + k);
                    return EXIT_INPUT;
                }
            }
        }
        return jobs::parent(args, &opts, (jobs, names), out, err);
    }
    if let Some(cpu) = args.cpu {
        if let Err(e) = pin_to_cpu(cpu) {
            let _ = writeln!(err, "error: --cpu {cpu}: {e}");
            return EXIT_INPUT;
        }
    }
    fuzz(&opts, out, err)
}

/// Whether this process may run on `cpu` (what `pin_to_cpu` would refuse, without pinning).
#[cfg(target_os = "linux")]
fn check_cpu(cpu: usize) -> Result<(), Error> {
    if cpu >= libc::CPU_SETSIZE as usize {
        return Err("no such CPU".into());
    }
    // SAFETY: a zeroed cpu_set_t is a valid empty set for sched_getaffinity to fill; CPU_ISSET
    // reads within its bounds (checked above).
    let allowed = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0
            && libc::CPU_ISSET(cpu, &set)
    };
    if allowed {
        Ok(())
    } else {
        Err("not a CPU this process may run on".into())
    }
}

#[cfg(not(target_os = "linux"))]
fn check_cpu(_cpu: usize) -> Result<(), Error> {
    Ok(())
}

/// Restrict the calling thread, and every thread it starts later, to one CPU.
#[cfg(target_os = "linux")]
fn pin_to_cpu(cpu: usize) -> Result<(), Error> {
    if cpu >= libc::CPU_SETSIZE as usize {
        return Err("no such CPU".into());
    }
    // SAFETY: a zeroed cpu_set_t is a valid empty set; CPU_SET stays within its bounds
    // (checked above); sched_setaffinity only reads the set.
    let rc = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set)
    };
    if rc == 0 {
        Ok(())
    } else {
        let e = std::io::Error::last_os_error();
        Err(Error::from(format!(
            "not a CPU this process may run on ({e})"
        )))
    }
}

#[cfg(not(target_os = "linux"))]
fn pin_to_cpu(_cpu: usize) -> Result<(), Error> {
    Err("pinning to a CPU is only supported on Linux".into())
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
            // the case to reduce is anyone's, not a generated program
            isolation: run.isolation,
            ..super::capped(run)
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
    /// The programs this loop runs.
    pub stream: Stream,
    /// A worker of a `--jobs N` run: report to the parent on `out` instead of saving findings,
    /// drawing a progress bar and printing the report.
    pub worker: bool,
    /// Index of the first program (the stream starts there).
    pub start: u64,
    /// Restart process workers before every program.
    pub worker_fresh: bool,
    /// A known-divergences file (default: the runtime's own under known-divergences/).
    pub known: Option<PathBuf>,
    /// Only programs using these features (`--feature`).
    pub required: Features,
}

/// Implementations whose objects are finalized by a tracing collector rather than at their last
/// reference (as reported in a backend's description: `process:pypy3 (pypy 3.9.16 …)`).
const TRACING_GC: [&str; 5] = ["pypy", "graalpy", "jython", "ironpython", "brython"];

/// The implementation of either side that has no reference counting, when the run compares
/// with CPython's exact finalization timing.
fn without_refcounting(
    left: &str,
    right: &str,
    finalization: crate::finalization::Finalization,
) -> Option<String> {
    if finalization != crate::finalization::Finalization::Exact {
        return None;
    }
    [left, right].into_iter().find_map(|name| {
        let implementation = name.split_once(" (")?.1.split_whitespace().next()?;
        TRACING_GC
            .contains(&implementation.to_ascii_lowercase().as_str())
            .then(|| implementation.to_string())
    })
}

/// Run the fuzz loop; returns the exit code (1 when a new signature was found).
pub fn fuzz(opts: &FuzzOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match Oracle::open(&opts.left, &opts.right, &opts.run) {
        Ok(oracle) => fuzz_with(oracle, opts, out, err),
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            EXIT_INPUT
        }
    }
}

/// The fuzz loop on an open oracle (`opts.left`/`opts.right` only name it in replay commands).
pub fn fuzz_with(
    mut oracle: Oracle,
    opts: &FuzzOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let (lname, rname) = oracle.names();
    // Programs use only what both sides' language version has (no TaskGroup before 3.11).
    let python = oracle.python();
    let python_flag = python.map_or_else(String::new, |p| format!(" --python {p}"));
    let known = match known_divergences(opts, &oracle) {
        Ok(k) => k,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    if let (Some(path), false) = (&known.path, opts.worker) {
        let _ = writeln!(
            err,
            "known divergences: {} ({} signatures)",
            path.display(),
            known.entries.len()
        );
    }
    if let (Some(runtime), false) = (
        without_refcounting(&lname, &rname, opts.run.finalization),
        opts.worker,
    ) {
        let _ = writeln!(
            err,
            "note: {runtime} finalizes objects when its collector runs, not when their last \
             reference goes; with `--finalization exact` (the default) most differences will be \
             that timing. `--finalization at-gc` compares modulo it (README, \"Fuzzing another \
             runtime\")."
        );
    }
    let bar = progress_bar(opts);
    let mut link = opts.worker.then(WorkerLink::default);
    let mut stats = Stats::default();
    let mut findings = Findings::default();
    let start = Instant::now();
    let cpu_start = thread_cpu();
    let mut last_draw = start;
    let mut index = opts.start + opts.stream.first;
    // The first program the workers have run since they were last started by this loop.
    let mut history_start = index;
    loop {
        match opts.limit {
            Limit::Iterations(n) if index - opts.start >= n => break,
            Limit::Time(t) if start.elapsed() >= t => break,
            _ if crate::interrupt::requested() => break,
            _ => {}
        }
        let (t0, c0) = (Instant::now(), thread_cpu());
        let generated = generate_on(&program_bytes(opts.seed, index), opts.required, python);
        // One filename for every program, so that CPython's compile cache is shared between
        // them (a program cannot observe its filename in a trace).
        let case = to_case(
            &generated,
            "fuzz.py",
            format!(
                "Found by yieldspec fuzz (seed {}, program {index}{}).",
                opts.seed,
                feature_words(opts.required)
            ),
        );
        let (gen_time, gen_cpu) = (t0.elapsed(), thread_cpu().saturating_sub(c0));
        crate::crash_note::set_context(format!(
            "program {index} of `yieldspec fuzz --seed {seed}{features}` (write it out with \
             `yieldspec generate --seed {seed}{features}{python_flag} --start {index} --count 1`)",
            seed = opts.seed,
            features = feature_flags(opts.required),
        ));
        if opts.worker_fresh {
            oracle.restart();
            history_start = index;
        }
        let check = oracle.check(&case);
        stats.record(generated.program.features_used(), &check, gen_time, gen_cpu);
        if check.class.is_finding() {
            // A finding must reproduce: run it again; one that does not is a false divergence.
            let signature = Signature::of(&check);
            let again = oracle.check(&case);
            if Signature::of(&again) != signature {
                stats.flaky += 1;
                let warning = format!(
                    "warning: program {index} of seed {} did not reproduce ({} then {})",
                    opts.seed,
                    check.class.name(),
                    again.class.name()
                );
                match &link {
                    Some(link) => link.warning(out, warning),
                    None => bar.println(warning),
                }
            }
            let (entry, new) = findings.count(&signature, index);
            if new {
                stats.unique_findings += 1;
                entry.known = known.lookup(&signature).cloned();
                entry.features = features_of(&case.source)
                    .into_iter()
                    .map(String::from)
                    .collect();
            }
            if new && entry.known.is_none() {
                // Confirm on fresh workers; if it does not show there, it needs the history.
                // A fresh worker that runs out of time proves nothing either way (a cold PyPy
                // on a loaded machine can need more than the budget for its first program, and
                // a timeout restarts it cold): tried again, at most FRESH_TRIES times.
                let mut fresh = None;
                for _ in 0..FRESH_TRIES {
                    oracle.restart();
                    let check = oracle.check(&case);
                    let timed_out = check.class == Class::Timeout;
                    fresh = Some(check);
                    if !timed_out {
                        break;
                    }
                }
                let fresh = fresh.expect("FRESH_TRIES > 0");
                entry.confirmation = if Signature::of(&fresh) == signature {
                    Confirmation::Fresh
                } else if fresh.class == Class::Timeout {
                    Confirmation::TimedOut
                } else {
                    Confirmation::History {
                        start: history_start,
                        replay: replay_command(opts, history_start, index),
                    }
                };
                history_start = index + opts.stream.step;
                let finding = Finding {
                    case: &case,
                    check: &check,
                    signature: &signature,
                    index,
                    confirmation: &entry.confirmation,
                };
                let (mut files, reduced) = finding_files(opts, &mut oracle, &finding);
                // the row it is listed under: after reduction, the reduced program may name it
                let mut listed = signature.clone();
                if let Some(reduced) = reduced {
                    entry.reduced_lines = Some(reduced.lines().count());
                    entry.features = features_of(&reduced)
                        .into_iter()
                        .map(String::from)
                        .collect();
                    listed = listed_after_reduction(&mut oracle, &signature, &reduced);
                }
                let mut known_after_reduction = false;
                if listed != signature {
                    if findings.list_under(&signature, &listed) {
                        // one root cause seen through another statement: not a new row
                        stats.unique_findings -= 1;
                    }
                    if let Some(entry) = findings.entry_mut(&listed) {
                        if entry.known.is_none() {
                            entry.known = known.lookup(&listed).cloned();
                        }
                        known_after_reduction = entry.known.is_some();
                    }
                    note_listing(&mut files, &listed);
                }
                if known_after_reduction {
                    // listed in the known-divergences file under its reduced name: not saved
                } else if let Some(link) = &link {
                    link.finding(
                        out,
                        FindingFiles {
                            index,
                            signature: listed.to_string(),
                            files,
                        },
                    );
                } else {
                    match save_files(opts, files) {
                        Ok(paths) => {
                            for p in &paths {
                                bar.println(format!("saved {}", p.display()));
                            }
                            stats
                                .saved
                                .extend(paths.iter().map(|p| p.display().to_string()));
                        }
                        Err(e) => {
                            // Said on stderr whether or not the progress bar is shown (a
                            // hidden bar prints nothing), and the run exits non-zero.
                            stats.save_errors += 1;
                            bar.suspend(|| {
                                let _ = writeln!(err, "error: cannot save a finding: {e}");
                            });
                        }
                    }
                }
            }
        }
        index += opts.stream.step;
        stats.costs.loop_cpu = thread_cpu().saturating_sub(cpu_start);
        if let Some(link) = &mut link {
            link.progress(out, &stats);
        } else if last_draw.elapsed() >= Duration::from_millis(200) {
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
    if let Some(link) = &link {
        link.signatures(out, findings.entries);
        link.done(out, &stats);
        return EXIT_OK;
    }
    let title = format!(
        "yieldspec fuzz: seed {}{}, {lname} vs {rname}",
        opts.seed,
        feature_flags(opts.required)
    );
    stats.write_report(out, &title, start.elapsed());
    findings.write_table(out, opts.seed);
    if stats.save_errors > 0 {
        let _ = writeln!(
            err,
            "error: {} finding(s) could not be saved under {}",
            stats.save_errors,
            opts.out.display()
        );
    }
    if crate::interrupt::requested() {
        let _ = writeln!(err, "interrupted after {index} programs");
        crate::interrupt::EXIT_INTERRUPTED
    } else if findings.new_signatures() > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

pub(super) fn progress_bar(opts: &FuzzOptions) -> ProgressBar {
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

/// How many times a finding is run on fresh workers when they run out of time.
const FRESH_TRIES: usize = 3;

/// The known divergences for the runtime under test: `--known FILE`, else
/// `known-divergences/<runtime>.toml` in the current directory or the nearest of its parents
/// that has one (so a campaign run anywhere in a checkout finds the checkout's), none for
/// CPython and the engine.
fn known_divergences(opts: &FuzzOptions, oracle: &Oracle) -> Result<KnownDivergences, Error> {
    if let Some(path) = &opts.known {
        return KnownDivergences::load(path);
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| Path::new(".").to_path_buf());
    match nearest_file(&cwd, &oracle.right_describe()) {
        Some(path) => KnownDivergences::load(&path),
        None => Ok(KnownDivergences::default()),
    }
}

/// The command that replays programs `start..=index` in one pair of workers.
fn replay_command(opts: &FuzzOptions, start: u64, index: u64) -> String {
    let mode = match opts.run.finalization {
        crate::finalization::Finalization::Exact => String::new(),
        other => format!(" --finalization {other}"),
    };
    format!(
        "yieldspec fuzz --jobs 1 --seed {}{} --start {start} --iterations {} --left {} --right {}{mode}",
        opts.seed,
        feature_flags(opts.required),
        index - start + 1,
        shell_word(&opts.left),
        shell_word(&opts.right)
    )
}

/// ` --feature a,b` for the required features, or nothing.
pub(super) fn feature_flags(required: Features) -> String {
    if required.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = required.iter().map(Feature::name).collect();
    format!(" --feature {}", names.join(","))
}

/// `, --feature a,b` for a case's description, or nothing.
fn feature_words(required: Features) -> String {
    let flags = feature_flags(required);
    if flags.is_empty() {
        flags
    } else {
        format!(",{flags}")
    }
}

/// A word quoted for a POSIX shell when it needs it.
fn shell_word(word: &str) -> String {
    if word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.:/=@+,".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// A new finding to save.
struct Finding<'a> {
    case: &'a Case,
    check: &'a Check,
    signature: &'a Signature,
    index: u64,
    confirmation: &'a Confirmation,
}

/// Write a finding's files under `--out`.
fn save_files(opts: &FuzzOptions, files: Vec<(String, String)>) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(&opts.out)?;
    let mut paths = Vec::new();
    for (name, content) in files {
        let path = opts.out.join(name);
        std::fs::write(&path, content)?;
        paths.push(path);
    }
    Ok(paths)
}

/// The files of a finding (name, content): the case file, the diff (headed by its signature
/// and, for one that needs its history, the replay command), and (with `--reduce`, for one that
/// shows on fresh workers) a reduced case with the same signature, which is also returned.
fn finding_files(
    opts: &FuzzOptions,
    oracle: &mut Oracle,
    finding: &Finding,
) -> (Vec<(String, String)>, Option<String>) {
    let stem = format!(
        "{}-{}-{}",
        finding.check.class.name(),
        opts.seed,
        finding.index
    );
    let mut diff = format!("# signature: {}\n", finding.signature);
    if let Confirmation::History { replay, .. } = finding.confirmation {
        diff.push_str(&format!(
            "# not on fresh workers: it shows after the programs before it; replay: {replay}\n"
        ));
    }
    diff.push_str(&oracle.diff_text(finding.check, false));
    let mut files = vec![
        (format!("{stem}.py"), finding.case.source.clone()),
        (format!("{stem}.diff"), diff),
    ];
    let mut reduced = None;
    // a finding that timed out on fresh workers is reduced too: the reducer checks first that
    // the program still shows the signature
    if opts.reduce
        && matches!(
            finding.confirmation,
            Confirmation::Fresh | Confirmation::TimedOut
        )
    {
        let result = reduce_to(
            oracle,
            &finding.case.source,
            &ReduceConfig::default(),
            Some(finding.signature),
        );
        if let Some(text) = result.reduced {
            files.push((format!("{stem}-reduced.py"), text.clone()));
            reduced = Some(text);
        }
    }
    (files, reduced)
}

/// The signature a reduced finding is listed under: the state of a generator object that
/// differs first, when the state probe finds one ([`super::probe::state_signature`]), else
/// [`Signature::after_reduction`].
pub fn listed_after_reduction(
    oracle: &mut Oracle,
    signature: &Signature,
    reduced: &str,
) -> Signature {
    if !signature.as_str().starts_with("divergent: ") {
        return signature.clone();
    }
    super::probe::state_signature(oracle, reduced)
        .unwrap_or_else(|| signature.after_reduction(reduced))
}

/// Say in a finding's diff file the signature it is listed under after reduction.
fn note_listing(files: &mut [(String, String)], listed: &Signature) {
    if let Some((_, diff)) = files.iter_mut().find(|(name, _)| name.ends_with(".diff")) {
        let at = diff.find('\n').map_or(diff.len(), |i| i + 1);
        diff.insert_str(at, &format!("# listed after reduction as: {listed}\n"));
    }
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
    if let Some(output) = &opts.output {
        if same_file(output, &opts.case) {
            let _ = writeln!(
                err,
                "error: -o {} is the case being reduced; write the reduced case elsewhere",
                output.display()
            );
            return EXIT_INPUT;
        }
    }
    let mut oracle = match Oracle::open(&opts.left, &opts.right, &opts.run) {
        Ok(o) => o,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    crate::crash_note::set_context(format!(
        "a reduction candidate of {} (`yieldspec reduce` tries many edits of the case)",
        opts.case.display()
    ));
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
        "reduced {} lines to {} in {} tests ({:.1} s); signature: {}",
        source.lines().count(),
        reduced.lines().count(),
        result.tests,
        result.elapsed.as_secs_f64(),
        result.signature_text()
    );
    if let Some(listed) = result
        .signature
        .as_ref()
        .map(|s| (s, listed_after_reduction(&mut oracle, s, &reduced)))
        .filter(|(s, listed)| s != &listed)
        .map(|(_, listed)| listed)
    {
        let _ = writeln!(err, "listed after reduction as: {listed}");
    }
    match &opts.output {
        Some(path) => write_output(path, &reduced, err),
        None => {
            let _ = write!(out, "{reduced}");
            EXIT_OK
        }
    }
}

/// Whether two paths name one file (the second exists; the first may not yet).
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
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

#[cfg(test)]
mod tests {
    use super::without_refcounting;
    use crate::finalization::Finalization;

    #[test]
    fn a_runtime_without_refcounting_is_named_only_in_exact_mode() {
        let cpython = "process:python3.11 (cpython 3.11.7 (main, May 9 2026) [GCC 12.2.0])";
        let pypy = "process:pypy3 (pypy 3.9.16 (7.3.11+dfsg-2) [PyPy 7.3.11 with GCC 12.2.0])";
        let rustpython = "process:rustpython (rustpython 3.14.0alpha [RustPython 0.5.0])";
        assert_eq!(
            without_refcounting(cpython, pypy, Finalization::Exact).as_deref(),
            Some("pypy")
        );
        assert_eq!(without_refcounting(pypy, cpython, Finalization::AtGc), None);
        assert_eq!(
            without_refcounting(cpython, rustpython, Finalization::Exact),
            None
        );
        assert_eq!(
            without_refcounting("engine", "cpython", Finalization::Exact),
            None
        );
    }
}
