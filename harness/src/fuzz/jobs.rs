//! `yieldspec fuzz --jobs N`: N worker processes (embedded CPython holds one interpreter lock
//! per process, so threads would not run programs in parallel), each running a disjoint
//! stream of the seed's programs — worker K runs programs K, K+N, K+2N, … — and reporting to
//! the parent over its stdout, one JSON message per line. The parent draws one progress line,
//! merges the workers' counts into one report and de-duplicates findings across workers: of the
//! programs with one coarse signature it keeps the lowest-numbered, which is the one a
//! single-process run keeps, so `--iterations` runs save the same findings whatever N.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::str::FromStr;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::config::Feature;
use super::cost::{Costs, Phases};
use super::findings::Entry;
use super::oracle::Class;
use super::report::{Counts, Stats, Times};
use super::run::{progress_bar, FuzzArgs, FuzzOptions, Limit};
use crate::backend::RunConfig;
use crate::commands::{EXIT_FAILED, EXIT_INPUT, EXIT_OK};

/// `K/N`: this process is worker K (from 0) of N.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkerId {
    pub index: u64,
    pub count: u64,
}

impl FromStr for WorkerId {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let parsed = s
            .split_once('/')
            .and_then(|(k, n)| Some((k.parse().ok()?, n.parse().ok()?)));
        match parsed {
            Some((index, count)) if index < count => Ok(WorkerId { index, count }),
            _ => Err(format!("expected K/N with K < N, got {s:?}")),
        }
    }
}

/// Which programs of the seed one loop runs: `first`, `first + step`, ….
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stream {
    pub first: u64,
    pub step: u64,
}

impl Stream {
    /// Every program: the single-process run.
    pub const ALL: Stream = Stream { first: 0, step: 1 };

    pub fn of(worker: WorkerId) -> Stream {
        Stream {
            first: worker.index,
            step: worker.count,
        }
    }
}

/// The default number of workers: the cores this process may use.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// A finding as a worker reports it: the files to save (name, content) and its signature.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FindingFiles {
    pub index: u64,
    pub signature: String,
    pub files: Vec<(String, String)>,
}

/// One line from a worker to the parent.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Message {
    /// The worker's counts so far (sent every 200 ms).
    Progress(WireStats),
    /// A program whose coarse signature this worker had not seen.
    Finding(FindingFiles),
    /// A line for the user (e.g. a finding that did not reproduce).
    Warning(String),
    /// The worker's rows of the signature table (sent once, before `Done`).
    Signatures(Vec<Entry>),
    /// The worker's final counts.
    Done(WireStats),
}

/// How a worker reports to its parent (the worker side of the protocol).
pub struct WorkerLink {
    last: Instant,
}

impl Default for WorkerLink {
    fn default() -> Self {
        WorkerLink {
            last: Instant::now(),
        }
    }
}

impl WorkerLink {
    fn send(&self, out: &mut dyn Write, message: &Message) {
        if let Ok(line) = serde_json::to_string(message) {
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        }
    }

    /// The counts so far, at most every 200 ms.
    pub fn progress(&mut self, out: &mut dyn Write, stats: &Stats) {
        if self.last.elapsed() >= Duration::from_millis(200) {
            self.last = Instant::now();
            self.send(out, &Message::Progress(WireStats::from(stats)));
        }
    }

    pub fn finding(&self, out: &mut dyn Write, finding: FindingFiles) {
        self.send(out, &Message::Finding(finding));
    }

    pub fn warning(&self, out: &mut dyn Write, text: String) {
        self.send(out, &Message::Warning(text));
    }

    pub fn signatures(&self, out: &mut dyn Write, rows: Vec<Entry>) {
        self.send(out, &Message::Signatures(rows));
    }

    pub fn done(&self, out: &mut dyn Write, stats: &Stats) {
        self.send(out, &Message::Done(WireStats::from(stats)));
    }
}

/// The parent of a `--jobs N` run: start the workers, merge what they report, save findings.
pub fn parent(
    args: &FuzzArgs,
    opts: &FuzzOptions,
    (jobs, (lname, rname)): (usize, (String, String)),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            let _ = writeln!(
                err,
                "error: cannot find the yieldspec binary to start workers: {e}"
            );
            return EXIT_INPUT;
        }
    };
    let (tx, rx) = mpsc::channel::<(usize, Option<Message>)>();
    let mut children: Vec<Child> = Vec::new();
    for k in 0..jobs {
        let mut cmd = Command::new(&exe);
        cmd.args(worker_args(args, &opts.run, k, jobs))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                let _ = writeln!(err, "error: cannot start fuzz worker {k}: {e}");
                for c in &mut children {
                    let _ = c.kill();
                }
                return EXIT_INPUT;
            }
        };
        let stdout = child.stdout.take().expect("piped stdout");
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Ok(message) = serde_json::from_str::<Message>(&line) {
                    let _ = tx.send((k, Some(message)));
                }
            }
            let _ = tx.send((k, None));
        });
        children.push(child);
    }
    drop(tx);

    let bar = progress_bar(opts);
    let start = Instant::now();
    let mut latest: Vec<Option<Stats>> = vec![None; jobs];
    let mut finished: Vec<bool> = vec![false; jobs];
    let mut findings = Findings::new(opts.out.clone());
    let mut table = super::findings::Findings::default();
    let mut last_draw = start;
    let mut open = jobs;
    while open > 0 {
        let Ok((k, message)) = rx.recv_timeout(Duration::from_millis(200)) else {
            draw(&bar, opts, &latest, start);
            continue;
        };
        match message {
            None => open -= 1,
            Some(Message::Progress(s)) => latest[k] = Some(s.into_stats()),
            Some(Message::Done(s)) => {
                latest[k] = Some(s.into_stats());
                finished[k] = true;
            }
            Some(Message::Warning(text)) => bar.println(text),
            Some(Message::Signatures(rows)) => table.merge(rows),
            Some(Message::Finding(f)) => {
                for line in findings.offer(f) {
                    if line.starts_with("error:") {
                        // shown without a terminal too (a hidden bar prints nothing)
                        bar.suspend(|| {
                            let _ = writeln!(err, "{line}");
                        });
                    } else {
                        bar.println(line);
                    }
                }
            }
        }
        if last_draw.elapsed() >= Duration::from_millis(200) {
            last_draw = Instant::now();
            draw(&bar, opts, &latest, start);
        }
    }
    bar.finish_and_clear();
    let mut lost = Vec::new();
    let mut bad_input = false;
    for (k, child) in children.iter_mut().enumerate() {
        let status = child.wait();
        // a worker refusing its options (e.g. `--cpu` past the last CPU) said why on stderr
        bad_input |= matches!(&status, Ok(s) if s.code() == Some(EXIT_INPUT));
        if !finished[k] {
            lost.push(format!(
                "worker {k} of {jobs} ended before its report ({}); its counts up to its last \
                 progress message are included",
                status.map_or_else(|e| e.to_string(), |s| s.to_string())
            ));
        }
    }
    let mut stats = merged(&latest);
    stats.unique_findings = findings.kept.len() as u64;
    stats.saved = findings.saved_paths();
    let title = format!(
        "yieldspec fuzz: seed {}{}, {lname} vs {rname}, {jobs} workers",
        opts.seed,
        super::run::feature_flags(opts.required)
    );
    stats.write_report(out, &title, start.elapsed());
    table.write_table(out, opts.seed);
    for line in &lost {
        let _ = writeln!(err, "error: {line}");
    }
    if bad_input {
        EXIT_INPUT
    } else if stats.unique_findings > 0 || !lost.is_empty() {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// The command line of worker `k` of `jobs`: the parent's options, its stream, no progress bar.
fn worker_args(args: &FuzzArgs, run: &RunConfig, k: usize, jobs: usize) -> Vec<String> {
    let mut v: Vec<String> = vec![
        "--timeout".into(),
        run.timeout.as_secs_f64().to_string(),
        "--fuel".into(),
        run.fuel.to_string(),
        "--output-cap".into(),
        run.limits.output_cap.to_string(),
        "--finalization".into(),
        run.finalization.to_string(),
        "fuzz".into(),
        "--worker".into(),
        format!("{k}/{jobs}"),
        "--seed".into(),
        args.seed.to_string(),
        "--left".into(),
        args.left.clone(),
        "--right".into(),
        args.right.clone(),
        "--out".into(),
        args.out.display().to_string(),
        "--quiet".into(),
    ];
    match (args.time, args.iterations) {
        (_, Some(n)) => v.extend(["--iterations".into(), n.to_string()]),
        (Some(t), None) => v.extend(["--time".into(), t.to_string()]),
        (None, None) => {}
    }
    if args.reduce {
        v.push("--reduce".into());
    }
    v.extend(["--start".into(), args.start.to_string()]);
    for f in &args.features {
        v.extend(["--feature".into(), f.name().to_string()]);
    }
    if args.worker_fresh {
        v.push("--worker-fresh".into());
    }
    if let Some(known) = &args.known {
        v.extend(["--known".into(), known.display().to_string()]);
    }
    if let Some(cpu) = args.cpu {
        v.extend(["--cpu".into(), (cpu + k).to_string()]);
    }
    v
}

fn draw(
    bar: &indicatif::ProgressBar,
    opts: &FuzzOptions,
    latest: &[Option<Stats>],
    start: Instant,
) {
    let stats = merged(latest);
    bar.set_message(stats.progress(start.elapsed()));
    match opts.limit {
        Limit::Iterations(_) => bar.set_position(stats.all.programs),
        Limit::Time(_) => bar.set_position(start.elapsed().as_secs()),
    }
}

/// The findings kept so far: per coarse signature, the lowest-numbered program and its files.
struct Findings {
    dir: PathBuf,
    kept: BTreeMap<String, (u64, Vec<PathBuf>)>,
}

impl Findings {
    fn new(dir: PathBuf) -> Self {
        Findings {
            dir,
            kept: BTreeMap::new(),
        }
    }

    /// Keep `f` if its signature is new or its program comes first; returns lines to print.
    fn offer(&mut self, f: FindingFiles) -> Vec<String> {
        if let Some((index, _)) = self.kept.get(&f.signature) {
            if *index <= f.index {
                return Vec::new();
            }
        }
        let mut lines = Vec::new();
        if let Some((_, old)) = self.kept.remove(&f.signature) {
            for path in old {
                let _ = std::fs::remove_file(&path);
                lines.push(format!(
                    "replaced {} (an earlier program has the same first difference)",
                    path.display()
                ));
            }
        }
        let mut paths = Vec::new();
        if let Err(e) = std::fs::create_dir_all(&self.dir) {
            lines.push(format!("error: cannot save a finding: {e}"));
        }
        for (name, content) in &f.files {
            let path = self.dir.join(name);
            match std::fs::write(&path, content) {
                Ok(()) => {
                    lines.push(format!("saved {}", path.display()));
                    paths.push(path);
                }
                Err(e) => lines.push(format!("error: cannot save a finding: {e}")),
            }
        }
        self.kept.insert(f.signature, (f.index, paths));
        lines
    }

    /// The saved files, in program order.
    fn saved_paths(&self) -> Vec<String> {
        let mut kept: Vec<_> = self.kept.values().collect();
        kept.sort_by_key(|(index, _)| *index);
        kept.iter()
            .flat_map(|(_, paths)| paths.iter().map(|p| p.display().to_string()))
            .collect()
    }
}

/// The workers' counts added up.
fn merged(latest: &[Option<Stats>]) -> Stats {
    let mut total = Stats::default();
    for s in latest.iter().flatten() {
        add_counts(&mut total.all, &s.all);
        for (f, c) in &s.by_feature {
            add_counts(total.by_feature.entry(*f).or_default(), c);
        }
        for (reason, n) in &s.not_run {
            *total.not_run.entry(reason.clone()).or_default() += n;
        }
        let (t, u) = (&mut total.times, &s.times);
        t.generate += u.generate;
        t.left += u.left;
        t.right += u.right;
        t.compare += u.compare;
        total.costs.merge(&s.costs);
        total.flaky += s.flaky;
    }
    total
}

fn add_counts(into: &mut Counts, from: &Counts) {
    into.programs += from.programs;
    into.left_completed += from.left_completed;
    for (class, n) in &from.classes {
        *into.classes.entry(*class).or_default() += n;
    }
}

/// [`Stats`] on the wire: classes and features by name. (A field added to `Stats` that the
/// report prints must be carried here too.)
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct WireStats {
    all: WireCounts,
    by_feature: BTreeMap<String, WireCounts>,
    not_run: BTreeMap<String, u64>,
    /// generate, left, right, compare, in nanoseconds.
    times_ns: [u64; 4],
    /// Per kind of program (in `Kind::ALL` order): programs, then the CPU nanoseconds of
    /// generate, left, right, compare.
    #[serde(default)]
    kind_cpu_ns: Vec<[u64; 5]>,
    #[serde(default)]
    loop_cpu_ns: u64,
    flaky: u64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct WireCounts {
    programs: u64,
    left_completed: u64,
    classes: BTreeMap<String, u64>,
}

impl From<&Counts> for WireCounts {
    fn from(c: &Counts) -> Self {
        WireCounts {
            programs: c.programs,
            left_completed: c.left_completed,
            classes: c
                .classes
                .iter()
                .map(|(k, n)| (k.name().to_string(), *n))
                .collect(),
        }
    }
}

impl WireCounts {
    fn into_counts(self) -> Counts {
        Counts {
            programs: self.programs,
            left_completed: self.left_completed,
            classes: self
                .classes
                .into_iter()
                .filter_map(|(k, n)| Some((*Class::ALL.iter().find(|c| c.name() == k)?, n)))
                .collect(),
        }
    }
}

impl From<&Stats> for WireStats {
    fn from(s: &Stats) -> Self {
        let ns = |d: Duration| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        WireStats {
            all: (&s.all).into(),
            by_feature: s
                .by_feature
                .iter()
                .map(|(f, c)| (f.name().to_string(), c.into()))
                .collect(),
            not_run: s.not_run.clone(),
            times_ns: [
                ns(s.times.generate),
                ns(s.times.left),
                ns(s.times.right),
                ns(s.times.compare),
            ],
            kind_cpu_ns: s
                .costs
                .by_kind
                .iter()
                .map(|(n, p)| [*n, ns(p.generate), ns(p.left), ns(p.right), ns(p.compare)])
                .collect(),
            loop_cpu_ns: ns(s.costs.loop_cpu),
            flaky: s.flaky,
        }
    }
}

impl WireStats {
    fn into_stats(self) -> Stats {
        let [generate, left, right, compare] = self.times_ns.map(Duration::from_nanos);
        let mut costs = Costs {
            loop_cpu: Duration::from_nanos(self.loop_cpu_ns),
            ..Costs::default()
        };
        for (into, [n, g, l, r, c]) in costs.by_kind.iter_mut().zip(self.kind_cpu_ns) {
            let d = Duration::from_nanos;
            *into = (
                n,
                Phases {
                    generate: d(g),
                    left: d(l),
                    right: d(r),
                    compare: d(c),
                },
            );
        }
        Stats {
            all: self.all.into_counts(),
            by_feature: self
                .by_feature
                .into_iter()
                .filter_map(|(k, c)| {
                    let f = *Feature::ALL.iter().find(|f| f.name() == k)?;
                    Some((f, c.into_counts()))
                })
                .collect(),
            not_run: self.not_run,
            times: Times {
                generate,
                left,
                right,
                compare,
            },
            costs,
            flaky: self.flaky,
            ..Stats::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_ids_parse() {
        assert_eq!("1/4".parse(), Ok(WorkerId { index: 1, count: 4 }));
        assert!("4/4".parse::<WorkerId>().is_err());
        assert!("x".parse::<WorkerId>().is_err());
    }

    #[test]
    fn the_lowest_numbered_program_of_a_signature_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut f = Findings::new(dir.path().to_path_buf());
        let finding = |index: u64| FindingFiles {
            index,
            signature: "divergent|a|b".into(),
            files: vec![(format!("divergent-1-{index}.py"), "x = 1\n".into())],
        };
        f.offer(finding(7));
        f.offer(finding(3));
        f.offer(finding(5));
        assert_eq!(
            f.saved_paths(),
            vec![dir.path().join("divergent-1-3.py").display().to_string()]
        );
        assert!(!dir.path().join("divergent-1-7.py").exists());
        assert!(!dir.path().join("divergent-1-5.py").exists());
    }
}
