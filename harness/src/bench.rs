//! `yieldspec bench`: the engine's time next to embedded CPython's, in one run, on
//! generator-heavy workloads (`bench/*.py`) and end to end on many small programs (the corpus:
//! fuzz-sized cases), printed as ratios against the targets.
//!
//! Both sides do the same work: parse, compile and run every top-level statement with the REPL
//! model. The engine's time includes building its trace; CPython's (`tracer.time_plain`) does
//! not trace and runs with its cyclic GC off, so the comparison errs in CPython's favour. Each
//! figure is the best of `--repeat` runs, the engine's and CPython's taken in turn, timed by the
//! wall clock or (`--clock cpu`) by the process's user + system CPU time, which other processes
//! of a loaded machine do not inflate and which still counts the kernel's work for the process
//! (page faults of a growing heap). A workload whose engine output differs from CPython's
//! is flagged: a fast wrong answer is not a result.

use crate::error::Error;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use yieldspec_engine::EngineConfig;
use yieldspec_trace::{Event, Outcome};

use crate::backend::{Backend, RunConfig};
use crate::case::{discover, load, Case};
use crate::commands::{EXIT_FAILED, EXIT_INPUT, EXIT_OK};
use crate::cpython::EmbeddedCpython;

/// Engine ÷ CPython time a workload may take.
pub const WORKLOAD_TARGET: f64 = 1.5;
/// Engine ÷ CPython time the small programs may take, end to end.
pub const SMALL_TARGET: f64 = 0.5;

/// What a run's time is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// Elapsed (wall-clock) time.
    Wall,
    /// The process's CPU time, user + system (`CLOCK_PROCESS_CPUTIME_ID`; CPython's side reads
    /// the same clock through `time.process_time`).
    Cpu,
}

impl Clock {
    fn describe(self) -> &'static str {
        match self {
            Clock::Wall => "wall time",
            Clock::Cpu => "process CPU time, user + system",
        }
    }
}

/// The process's CPU time so far (user + system, every thread).
fn process_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant Linux and the
    // BSDs define, and on failure `ts` stays zero (the time reads as 0).
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

pub struct BenchConfig<'a> {
    /// Workload files or directories.
    pub workloads: &'a [PathBuf],
    /// Small programs, run end to end.
    pub small: &'a [PathBuf],
    pub repeat: u32,
    pub clock: Clock,
    pub run: &'a RunConfig,
    /// Exit 1 when a target is missed or an output differs.
    pub check: bool,
}

struct Timing {
    engine: Duration,
    cpython: Duration,
    same_output: bool,
}

fn stdout_of(outcome: &Outcome) -> Option<String> {
    let trace = outcome.trace()?;
    let mut out = String::new();
    for s in &trace.statements {
        for e in &s.events {
            if let Event::Out { text } = e {
                out.push_str(text);
            }
        }
    }
    Some(out)
}

fn time_engine(case: &Case, config: &EngineConfig, clock: Clock) -> (Duration, Outcome) {
    let filename = case.filename();
    let (start, start_cpu) = (Instant::now(), process_cpu_time());
    let outcome = yieldspec_engine::run(&case.source, &filename, config);
    let elapsed = match clock {
        Clock::Wall => start.elapsed(),
        Clock::Cpu => process_cpu_time().saturating_sub(start_cpu),
    };
    (elapsed, outcome)
}

fn time_case(
    cpython: &mut EmbeddedCpython,
    case: &Case,
    config: &BenchConfig,
) -> Result<Timing, Error> {
    let engine_config = EngineConfig {
        fuel: config.run.fuel,
        limits: config.run.limits,
        host_frames: crate::tracer::TRACER_FRAMES,
        ..EngineConfig::default()
    };
    // The two sides' runs alternate, so that a slow spell of the machine (this kind of VM's
    // speed moves by a quarter from one second to the next) slows both, not one.
    let mut best_cpython = f64::MAX;
    let mut best_engine = Duration::MAX;
    let mut same_output = true;
    for _ in 0..config.repeat.max(1) {
        let plain = cpython.time_plain(case, 1)?;
        best_cpython = best_cpython.min(match config.clock {
            Clock::Wall => plain.seconds,
            Clock::Cpu => plain.cpu_seconds,
        });
        let (engine, outcome) = time_engine(case, &engine_config, config.clock);
        best_engine = best_engine.min(engine);
        same_output &= stdout_of(&outcome).is_some_and(|o| o == plain.out);
    }
    Ok(Timing {
        engine: best_engine,
        cpython: Duration::from_secs_f64(best_cpython),
        same_output,
    })
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

/// `yieldspec bench`.
pub fn command(config: &BenchConfig, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut cpython = match EmbeddedCpython::open(config.run) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let load_all = |paths: &[PathBuf]| -> Result<Vec<Case>, Error> {
        discover(paths)?.iter().map(load).collect()
    };
    let (workloads, small) = match (load_all(config.workloads), load_all(config.small)) {
        (Ok(w), Ok(s)) => (w, s),
        (Err(e), _) | (_, Err(e)) => {
            let _ = writeln!(err, "error: {e}");
            return EXIT_INPUT;
        }
    };
    let _ = writeln!(
        out,
        "engine vs {} (best of {}, {})\n\n| workload | engine ms | cpython ms | engine/cpython | target | output |\n|---|---:|---:|---:|---:|---|",
        cpython.describe(),
        config.repeat,
        config.clock.describe()
    );
    let mut ok = true;
    for case in &workloads {
        match time_case(&mut cpython, case, config) {
            Ok(t) => {
                let ratio = t.engine.as_secs_f64() / t.cpython.as_secs_f64();
                let meets = ratio <= WORKLOAD_TARGET && t.same_output;
                ok &= meets;
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {ratio:.2}× | ≤ {WORKLOAD_TARGET}× {} | {} |",
                    case.file.id.display(),
                    ms(t.engine),
                    ms(t.cpython),
                    if meets { "✓" } else { "✗" },
                    if t.same_output { "same" } else { "DIFFERS" }
                );
            }
            Err(e) => {
                ok = false;
                let _ = writeln!(out, "| {} | – | – | – | – | {e} |", case.file.id.display());
            }
        }
    }
    if !small.is_empty() {
        let (mut engine, mut cpy, mut same) = (Duration::ZERO, Duration::ZERO, 0usize);
        for case in &small {
            if let Ok(t) = time_case(&mut cpython, case, config) {
                engine += t.engine;
                cpy += t.cpython;
                same += usize::from(t.same_output);
            }
        }
        let ratio = engine.as_secs_f64() / cpy.as_secs_f64();
        let meets = ratio <= SMALL_TARGET;
        ok &= meets;
        let _ = writeln!(
            out,
            "| {} small programs, end to end | {} | {} | {ratio:.2}× | ≤ {SMALL_TARGET}× {} | {same} same stdout |",
            small.len(),
            ms(engine),
            ms(cpy),
            if meets { "✓" } else { "✗" },
        );
    }
    if config.check && !ok {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}
