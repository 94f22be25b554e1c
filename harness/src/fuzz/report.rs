//! The fuzzer's health: counts per outcome class and per feature, why programs were not run,
//! and where the time went (generation, each backend, comparison). Printed at the end of
//! `yieldspec fuzz`, and summarised on its progress line.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use yieldspec_trace::Outcome;

use super::config::{Feature, Features};
use super::cost::{Costs, Kind, Phases};
use super::oracle::{Check, Class};

/// Counts of one group of programs (all, or those using one feature).
#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub programs: u64,
    /// Programs that ran to completion on the left backend (the reference, usually CPython).
    pub left_completed: u64,
    pub classes: BTreeMap<Class, u64>,
}

impl Counts {
    fn add(&mut self, check: &Check) {
        self.programs += 1;
        if check.left.trace().is_some() {
            self.left_completed += 1;
        }
        *self.classes.entry(check.class).or_default() += 1;
    }

    pub fn class(&self, c: Class) -> u64 {
        self.classes.get(&c).copied().unwrap_or(0)
    }
}

/// Time spent per phase, summed over all programs.
#[derive(Clone, Debug, Default)]
pub struct Times {
    pub generate: Duration,
    pub left: Duration,
    pub right: Duration,
    pub compare: Duration,
}

/// Everything `yieldspec fuzz` counts.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub all: Counts,
    /// Programs switched on / using each feature.
    pub by_feature: BTreeMap<Feature, Counts>,
    /// Why a backend did not run a program (`unsupported: WHAT` without its location, …).
    pub not_run: BTreeMap<String, u64>,
    pub times: Times,
    /// CPU time per kind of program and of the whole loop.
    pub costs: Costs,
    /// Distinct findings (by coarse signature) and how many were saved.
    pub unique_findings: u64,
    pub saved: Vec<String>,
    /// Findings that could not be saved (said on stderr as they happen).
    pub save_errors: u64,
    /// Findings that did not reproduce when run again (false divergences).
    pub flaky: u64,
}

impl Stats {
    /// Count one checked program that uses `used` and took `generate` to generate
    /// (`generate_cpu` of the thread's CPU time).
    pub fn record(
        &mut self,
        used: Features,
        check: &Check,
        generate: Duration,
        generate_cpu: Duration,
    ) {
        self.all.add(check);
        for f in used.iter() {
            self.by_feature.entry(f).or_default().add(check);
        }
        for (side, outcome) in [("left", &check.left), ("right", &check.right)] {
            if let Some(reason) = not_run_reason(outcome) {
                *self.not_run.entry(format!("{side}: {reason}")).or_default() += 1;
            }
        }
        self.times.generate += generate;
        self.times.left += check.left_time;
        self.times.right += check.right_time;
        self.times.compare += check.compare_time;
        let phases = Phases {
            generate: generate_cpu,
            left: check.left_cpu,
            right: check.right_cpu,
            compare: check.compare_cpu,
        };
        self.costs.record(Kind::of(used), &phases);
    }

    /// The progress line: `N programs, P/s, D divergent, U unsupported, T timeout`.
    pub fn progress(&self, elapsed: Duration) -> String {
        let rate = self.all.programs as f64 / elapsed.as_secs_f64().max(1e-9);
        format!(
            "{} programs, {rate:.0}/s, {} divergent, {} crashed, {} unsupported, {} timeout",
            self.all.programs,
            self.all.class(Class::Divergent),
            self.all.class(Class::Crashed),
            self.all.class(Class::Unsupported),
            self.all.class(Class::Timeout),
        )
    }

    /// The final report.
    pub fn write_report(&self, out: &mut dyn Write, title: &str, elapsed: Duration) {
        let n = self.all.programs.max(1) as f64;
        let secs = elapsed.as_secs_f64().max(1e-9);
        let _ = writeln!(out, "{title}");
        let _ = writeln!(
            out,
            "{} programs in {secs:.1} s: {:.0} programs/s",
            self.all.programs,
            self.all.programs as f64 / secs
        );
        let classes: Vec<String> = Class::ALL
            .iter()
            .map(|c| format!("{} {}", self.all.class(*c), c.name()))
            .collect();
        let _ = writeln!(out, "outcomes: {}", classes.join(", "));
        let _ = writeln!(
            out,
            "ran to completion on the left backend: {:.1} %",
            100.0 * self.all.left_completed as f64 / n
        );
        let us = |d: Duration| d.as_secs_f64() * 1e6 / n;
        let t = &self.times;
        let measured = t.generate + t.left + t.right + t.compare;
        let other = elapsed.saturating_sub(measured);
        let _ = writeln!(
            out,
            "time per program: generate {:.0} µs, left {:.0} µs, right {:.0} µs, compare {:.0} µs, \
             other {:.0} µs",
            us(t.generate),
            us(t.left),
            us(t.right),
            us(t.compare),
            us(other)
        );
        self.costs.write(out);
        let _ = writeln!(out, "\nper feature (programs that use it):");
        let _ = writeln!(
            out,
            "{:<22} {:>9} {:>10} {:>9} {:>10} {:>12} {:>8} {:>9} {:>8}",
            "feature",
            "programs",
            "completed",
            "same",
            "divergent",
            "unsupported",
            "timeout",
            "poisoned",
            "crashed"
        );
        for f in Feature::ALL {
            let c = self.by_feature.get(&f).cloned().unwrap_or_default();
            let _ = writeln!(
                out,
                "{:<22} {:>9} {:>9.1}% {:>9} {:>10} {:>12} {:>8} {:>9} {:>8}",
                f.name(),
                c.programs,
                100.0 * c.left_completed as f64 / c.programs.max(1) as f64,
                c.class(Class::Same),
                c.class(Class::Divergent),
                c.class(Class::Unsupported),
                c.class(Class::Timeout),
                c.class(Class::Poisoned),
                c.class(Class::Crashed),
            );
        }
        if !self.not_run.is_empty() {
            let _ = writeln!(out, "\nnot run, most frequent first:");
            let mut reasons: Vec<(&String, &u64)> = self.not_run.iter().collect();
            reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for (reason, count) in reasons.iter().take(15) {
                let _ = writeln!(out, "{count:>9}  {reason}");
            }
            if reasons.len() > 15 {
                let _ = writeln!(out, "      ...  ({} more reasons)", reasons.len() - 15);
            }
        }
        let findings = self.all.class(Class::Divergent) + self.all.class(Class::Crashed);
        let _ = writeln!(
            out,
            "\nfindings: {findings} ({} distinct first differences, {} did not reproduce), {} saved",
            self.unique_findings,
            self.flaky,
            self.saved.len()
        );
        for path in &self.saved {
            let _ = writeln!(out, "  {path}");
        }
    }
}

/// Why an outcome is not a trace, without its location (so reasons can be counted): its first
/// line, at most 120 characters.
fn not_run_reason(outcome: &Outcome) -> Option<String> {
    let full = full_reason(outcome)?;
    let line = full.lines().next().unwrap_or_default();
    Some(line.chars().take(120).collect())
}

fn full_reason(outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Completed { .. } => None,
        Outcome::Unsupported { what, .. } => Some(format!("unsupported: {what}")),
        Outcome::SyntaxError { message, .. } => Some(format!("syntax error: {message}")),
        Outcome::Timeout { .. } => Some("timeout".into()),
        Outcome::Memory { .. } => Some("memory".into()),
        Outcome::Poisoned { message, .. } => Some(format!("poisoned: {message}")),
        Outcome::Crashed { message, .. } => Some(format!("crashed: {message}")),
        Outcome::Error { message, .. } => Some(format!("error: {message}")),
    }
}
