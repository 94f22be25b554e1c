//! The `yieldspec` command line: run, diff and record traces of Python cases.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use yieldspec::backend::{BackendSpec, RunConfig, MAX_SECONDS};
use yieldspec::commands::{self, CommonOptions, EXIT_FAILED, EXIT_INPUT, EXIT_OK};
use yieldspec::finalization::Finalization;
use yieldspec_trace::Limits;

/// mimalloc instead of glibc's malloc: the engine's parser and compiler allocate many small
/// objects, and glibc spent about a third of the engine's instructions on a generated program.
///
/// Wrapped in the engine's counting allocator, which keeps per thread what is held, for the
/// engine's memory budget (`--memory`).
#[global_allocator]
static GLOBAL: yieldspec_engine::memory::Counting<SmallFirst> =
    yieldspec_engine::memory::Counting(SmallFirst);

/// `mimalloc::MiMalloc`, except that layouts whose alignment every mimalloc block already has
/// (at most a pointer's size) go to `mi_malloc`/`mi_realloc` directly: the crate sends every
/// layout through the aligned entry points, which cost about twice as much per allocation.
struct SmallFirst;

const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: every block mimalloc returns is aligned to at least a pointer's size, so layouts
// with such an alignment are served correctly by the unaligned entry points; the others go
// to mimalloc's own `GlobalAlloc`, and `mi_free` frees blocks from either.
unsafe impl std::alloc::GlobalAlloc for SmallFirst {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            libmimalloc_sys::mi_realloc(ptr.cast(), size).cast()
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, size)
        }
    }
}

#[derive(Parser)]
#[command(
    name = "yieldspec",
    version,
    about = "Conformance suite and differential fuzzer for Python generators"
)]
struct Cli {
    /// Wall-clock budget per case, in seconds (every backend).
    #[arg(long, global = true, default_value_t = 10.0)]
    timeout: f64,
    /// Memory a case may hold on the engine (bytes, or with a K, M or G suffix; default 4G).
    #[arg(long, global = true)]
    memory: Option<String>,
    /// Step budget per case on the engine.
    #[arg(long, global = true)]
    fuel: Option<u64>,
    /// Characters of output (stdout, stderr, values) kept per case.
    #[arg(long, global = true)]
    output_cap: Option<usize>,
    /// Colour the diffs.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// When finalizers' events are recorded (run, diff, fuzz, reduce, report): `exact`, where
    /// CPython runs them; `at-gc`, at the end of the statement that made the garbage, after
    /// collecting (for runtimes without reference counting, e.g. PyPy).
    #[arg(long, global = true, value_enum, default_value_t = Finalization::Exact)]
    finalization: Finalization,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// What `bench` times.
#[derive(Clone, Copy, ValueEnum)]
enum BenchClock {
    /// Elapsed time.
    Wall,
    /// The process's user + system CPU time.
    Cpu,
}

#[derive(Subcommand)]
enum Command {
    /// Print each case's trace on one backend.
    Run {
        #[arg(long, short, default_value = "cpython")]
        backend: BackendSpec,
        /// One JSON object per case instead of the text form.
        #[arg(long)]
        json: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run each case on two backends and show where their traces differ.
    Diff {
        #[arg(long, default_value = "cpython")]
        left: BackendSpec,
        #[arg(long, default_value = "engine")]
        right: BackendSpec,
        /// One JSON object per case, then a summary object.
        #[arg(long)]
        json: bool,
        /// Count the cases on cases/known-failures.txt like any other (by default, when one
        /// side is the engine and the other CPython of its version, a listed case that fails
        /// is a known failure and does not fail the run).
        #[arg(long)]
        strict: bool,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Write reference traces (default: CPython into reference/cpython-X.Y/).
    Record {
        #[arg(long, short, default_value = "cpython")]
        backend: BackendSpec,
        /// Directory to write into, mirroring the cases/ tree.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Show, per case, which CPython versions' recorded traces differ (markdown table).
    Matrix {
        /// Also print the diff at every version where a case's trace changes.
        #[arg(long)]
        diffs: bool,
        /// The directory holding cpython-X.Y/ reference directories.
        #[arg(long, default_value = "reference")]
        reference: PathBuf,
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
    },
    /// Write a conformance report of a backend against the recorded CPython references of its
    /// version (markdown + JSON), or compare two JSON reports.
    Report {
        #[arg(long, short, default_value = "engine")]
        backend: BackendSpec,
        /// Compare two JSON reports instead: what got fixed, what broke.
        #[arg(long, num_args = 2, value_names = ["OLD", "NEW"])]
        compare: Option<Vec<PathBuf>>,
        /// Where to write NAME.md and NAME.json.
        #[arg(long, default_value = "docs/conformance")]
        out: PathBuf,
        /// CPython version to compare with (default: the backend's own, or the newest recorded
        /// one below it).
        #[arg(long)]
        against: Option<yieldspec_engine::PythonVersion>,
        /// The directory holding cpython-X.Y/ reference directories.
        #[arg(long, default_value = "reference")]
        reference: PathBuf,
        /// Do not mark the cases on cases/known-failures.txt (by default, for the engine
        /// against its own target version, listed cases are known failures).
        #[arg(long)]
        strict: bool,
        /// Instead of running anything, write OUT/README.md: one table of the JSON reports in
        /// OUT (pass % per implementation and area, with the command that regenerates each).
        #[arg(long)]
        index: bool,
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
    },
    /// Draw the control transfers between the caller and the generators of one case, per
    /// top-level statement (mermaid sequenceDiagram, text, or a self-contained HTML page).
    Explain {
        case: PathBuf,
        #[arg(long, short, default_value = "cpython")]
        backend: BackendSpec,
        #[arg(long, value_enum, default_value_t = yieldspec::explain::Format::Mermaid)]
        format: yieldspec::explain::Format,
        /// Compare the transfers with another backend's (default: the engine) and show where
        /// they first part.
        #[arg(long, num_args = 0..=1, default_missing_value = "engine")]
        diff: Option<BackendSpec>,
        /// mermaid's browser bundle to inline into the HTML page (default: $YIELDSPEC_MERMAID_JS,
        /// else docs/vendor/mermaid.min.js).
        #[arg(long)]
        mermaid_js: Option<PathBuf>,
    },
    /// Differential fuzzing: generated generator programs on two backends, in-process.
    Fuzz(yieldspec::fuzz::run::FuzzArgs),
    /// Shrink a case that diverges between two backends, keeping its first difference.
    Reduce(yieldspec::fuzz::run::ReduceArgs),
    /// Write the fuzzer's generated programs as case files (to run them elsewhere).
    Generate(yieldspec::fuzz::run::GenerateArgs),
    /// Run the doctest sessions of CPython's test_generators.py and test_genexps.py (read from
    /// the installed CPython) on two backends and count the sessions that match.
    Doctests {
        #[arg(long, default_value = "cpython")]
        left: BackendSpec,
        #[arg(long, default_value = "engine")]
        right: BackendSpec,
        /// Interpreter whose test files are used.
        #[arg(long, default_value = "python3")]
        python: String,
        /// Print every session's verdict.
        #[arg(long, short)]
        verbose: bool,
        /// Test files to read instead of the installed ones.
        files: Vec<PathBuf>,
    },
    /// Time the engine next to embedded CPython on generator-heavy workloads and on many small
    /// programs end to end; print ratios against the targets.
    Bench {
        /// Workload files or directories.
        #[arg(long, default_value = "bench")]
        workloads: Vec<PathBuf>,
        /// Small programs run end to end.
        #[arg(long, default_value = "cases")]
        small: Vec<PathBuf>,
        /// Runs per program, the engine's and CPython's in turn; the best time of each counts.
        #[arg(long, default_value_t = 9)]
        repeat: u32,
        /// What is timed: `wall` (elapsed time) or `cpu` (the process's user + system CPU time,
        /// which a loaded machine's other processes do not inflate).
        #[arg(long, value_enum, default_value_t = BenchClock::Wall)]
        clock: BenchClock,
        /// Exit 1 when a target is missed or an output differs.
        #[arg(long)]
        check: bool,
    },
    /// Count cases per feature tag and directory; validate every case's header.
    Stats {
        /// The list of known feature tags.
        #[arg(long, default_value = "cases/tags.txt")]
        tags: PathBuf,
        #[arg(default_value = "cases")]
        paths: Vec<PathBuf>,
    },
}

/// The commands `--finalization` applies to.
fn takes_finalization(command: &Command) -> bool {
    matches!(
        command,
        Command::Run { .. }
            | Command::Diff { .. }
            | Command::Fuzz(_)
            | Command::Reduce(_)
            | Command::Report { .. }
    )
}

fn main() {
    // Before anything else, and before embedded CPython starts (see `interrupt`).
    yieldspec::interrupt::install();
    let cli = Cli::parse();
    if !(cli.timeout > 0.0 && cli.timeout <= MAX_SECONDS) {
        eprintln!("error: --timeout must be a positive number of seconds, at most {MAX_SECONDS}");
        std::process::exit(EXIT_INPUT);
    }
    if cli.finalization != Finalization::Exact && !takes_finalization(&cli.command) {
        eprintln!(
            "error: --finalization {} applies to run, diff, fuzz, reduce and report only \
             (references and benchmarks use CPython's exact timing)",
            cli.finalization
        );
        std::process::exit(EXIT_INPUT);
    }
    let defaults = RunConfig::default();
    let memory = match cli.memory.as_deref().map(parse_size) {
        None => defaults.memory,
        Some(Ok(bytes)) => Some(bytes),
        Some(Err(e)) => {
            eprintln!("error: --memory: {e}");
            std::process::exit(EXIT_INPUT);
        }
    };
    let run = RunConfig {
        timeout: Duration::from_secs_f64(cli.timeout),
        memory,
        fuel: cli.fuel.unwrap_or(defaults.fuel),
        limits: Limits {
            output_cap: cli.output_cap.unwrap_or(defaults.limits.output_cap),
        },
        finalization: cli.finalization,
        ..defaults
    };
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut opts = CommonOptions {
        run,
        json: false,
        color,
    };
    // From here on, an exit that is not the command's own is an incomplete run.
    completion::arm();
    if let Command::Fuzz(args) = &cli.command {
        // The fuzzer runs thousands of small programs a second: on a thread with the engine's
        // stack, the engine and embedded CPython run them in place instead of handing each to
        // a thread of their own.
        let run = &opts.run;
        let code = yieldspec_engine::on_large_stack(|| {
            yieldspec::backend::in_place(|| {
                let (mut out, mut err) = (
                    Checked::new(std::io::stdout().lock()),
                    std::io::stderr().lock(),
                );
                let code = yieldspec::fuzz::run::fuzz_main(args, run, &mut out, &mut err);
                let _ = err.flush();
                out.finish(code)
            })
        })
        .unwrap_or_else(|e| {
            eprintln!("error: could not start the fuzzing thread: {e}");
            EXIT_INPUT
        });
        completion::exit(code);
    }
    let (mut out, mut err) = (
        Checked::new(std::io::stdout().lock()),
        std::io::stderr().lock(),
    );
    let code = match cli.command {
        Command::Run {
            backend,
            json,
            paths,
        } => {
            opts.json = json;
            commands::run(&backend, &paths, &opts, &mut out, &mut err)
        }
        Command::Diff {
            left,
            right,
            json,
            strict,
            paths,
        } => {
            opts.json = json;
            let config = commands::DiffConfig {
                left: &left,
                right: &right,
                strict,
            };
            commands::diff(&config, &paths, &opts, &mut out, &mut err)
        }
        Command::Record {
            backend,
            out: dir,
            paths,
        } => commands::record(&backend, dir.as_deref(), &paths, &opts, &mut out, &mut err),
        Command::Matrix {
            diffs,
            reference,
            paths,
        } => yieldspec::matrix::command(&paths, &reference, diffs, color, &mut out, &mut err),
        Command::Report {
            backend,
            compare,
            out: dir,
            against,
            reference,
            strict,
            index,
            paths,
        } => match compare.as_deref() {
            Some([old, new]) => yieldspec::report::compare(old, new, &mut out, &mut err),
            _ if index => yieldspec::report_index::command(&dir, &mut out, &mut err),
            _ => {
                let config = yieldspec::report::ReportConfig {
                    backend: &backend,
                    run: &opts.run,
                    reference_root: &reference,
                    against,
                    out_dir: &dir,
                    strict,
                    command: report_command_line(),
                };
                yieldspec::report::command(&paths, &config, &mut out, &mut err)
            }
        },
        Command::Doctests {
            left,
            right,
            python,
            verbose,
            files,
        } => {
            let config = yieldspec::doctests::DoctestConfig {
                left: &left,
                right: &right,
                run: &opts.run,
                python: &python,
                files: &files,
                verbose,
            };
            yieldspec::doctests::command(&config, &mut out, &mut err)
        }
        Command::Bench {
            workloads,
            small,
            repeat,
            clock,
            check,
        } => {
            #[cfg(feature = "embedded-cpython")]
            let code = yieldspec::bench::command(
                &yieldspec::bench::BenchConfig {
                    workloads: &workloads,
                    small: &small,
                    repeat,
                    clock: match clock {
                        BenchClock::Wall => yieldspec::bench::Clock::Wall,
                        BenchClock::Cpu => yieldspec::bench::Clock::Cpu,
                    },
                    run: &opts.run,
                    check,
                },
                &mut out,
                &mut err,
            );
            #[cfg(not(feature = "embedded-cpython"))]
            let code = {
                let _ = (workloads, small, repeat, clock, check);
                let _ = writeln!(
                    err,
                    "error: bench times the engine against embedded CPython: {}",
                    yieldspec::backend::NO_EMBEDDED_CPYTHON
                );
                EXIT_INPUT
            };
            code
        }
        Command::Explain {
            case,
            backend,
            format,
            diff,
            mermaid_js,
        } => {
            let mermaid_js = mermaid_js.or_else(yieldspec::explain::default_mermaid_js);
            let config = yieldspec::explain::ExplainConfig {
                case: &case,
                backend: &backend,
                other: diff.as_ref(),
                format,
                run: &opts.run,
                mermaid_js: mermaid_js.as_deref(),
                color,
            };
            yieldspec::explain::command(&config, &mut out, &mut err)
        }
        Command::Stats { tags, paths } => {
            yieldspec::stats::command(&paths, &tags, &mut out, &mut err)
        }
        Command::Fuzz(_) => unreachable!("fuzz runs on its own thread, above"),
        Command::Reduce(args) => {
            yieldspec::fuzz::run::reduce_main(&args, &opts.run, &mut out, &mut err)
        }
        Command::Generate(args) => yieldspec::fuzz::run::generate_main(&args, &mut out, &mut err),
    };
    let code = out.finish(code);
    drop(err);
    completion::exit(code);
}

/// The output stream, remembering the first write error (the commands write best-effort; a
/// run whose output was lost, e.g. to a full disk, must not end with exit code 0).
struct Checked<W: Write> {
    inner: W,
    error: Option<std::io::Error>,
}

impl<W: Write> Checked<W> {
    fn new(inner: W) -> Self {
        Checked { inner, error: None }
    }

    /// Flush; the exit code, made non-zero (and the error said) if the output was not written.
    fn finish(mut self, code: i32) -> i32 {
        if let Err(e) = self.inner.flush() {
            self.error.get_or_insert(e);
        }
        match self.error {
            None => code,
            Some(e) => {
                eprintln!("error: cannot write the output: {e}");
                if code == EXIT_OK {
                    EXIT_FAILED
                } else {
                    code
                }
            }
        }
    }
}

impl<W: Write> Write for Checked<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_some() {
            return Ok(buf.len()); // said once, at the end
        }
        match self.inner.write(buf) {
            Ok(n) => Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Ok(0),
            Err(e) => {
                self.error = Some(e);
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.error.is_none() {
            if let Err(e) = self.inner.flush() {
                self.error = Some(e);
            }
        }
        Ok(())
    }
}

/// A run that did not finish never exits 0: an exit handler (atexit) turns any exit of the
/// process other than [`exit`] after the command — e.g. a case on embedded CPython calling the
/// C library's `exit(0)` — into exit code 1 with a note. (`os._exit` in a case is caught by the
/// tracer; a `_exit` below Python cannot be caught at all.)
mod completion {
    use std::sync::atomic::{AtomicBool, Ordering};

    static FINISHED: AtomicBool = AtomicBool::new(false);

    extern "C" fn at_exit() {
        if !FINISHED.load(Ordering::SeqCst) {
            let msg = b"\nyieldspec: the process is exiting before the run finished (a case ended \
                        it?); the run is incomplete\n";
            // SAFETY: write(2) and _exit(2) need nothing but valid buffers.
            unsafe {
                libc::write(2, msg.as_ptr().cast(), msg.len());
                libc::_exit(super::EXIT_FAILED);
            }
        }
    }

    pub fn arm() {
        // SAFETY: registers a plain extern "C" function.
        unsafe {
            libc::atexit(at_exit);
        }
    }

    /// The command finished: exit with its code.
    pub fn exit(code: i32) -> ! {
        FINISHED.store(true, Ordering::SeqCst);
        std::process::exit(code)
    }
}

/// A size in bytes: a number with an optional K, M or G suffix (powers of 1024).
fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let shift = match unit
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => {
            return Err(format!(
                "{text:?}: expected a number of bytes, e.g. 4G or 512M"
            ))
        }
    };
    let n: usize = digits
        .parse()
        .map_err(|_| format!("{text:?}: expected a number of bytes, e.g. 4G or 512M"))?;
    match n.checked_mul(1 << shift) {
        Some(b) if b > 0 && b <= isize::MAX as usize => Ok(b),
        _ => Err(format!("{text:?}: out of range")),
    }
}

/// `yieldspec report …` as it was invoked (kept in the report, to regenerate it).
fn report_command_line() -> String {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+".contains(c))
            {
                a.clone()
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect();
    format!("yieldspec {}", quoted.join(" "))
}
