//! Where a fuzz run's CPU time goes: the fuzz thread's CPU clock read around each phase of a
//! program (generation, each backend, the comparison) and summed per kind of program
//! (generator, coroutine, async generator, asyncio), and around the whole loop. CPU time, not
//! wall time, so that a loaded machine changes the figures little; the clock is the fuzz
//! thread's own, which runs the harness, the engine and embedded CPython (a `process:`
//! backend's interpreter runs in another process and is not counted).

use std::io::Write;
use std::time::Duration;

use super::config::{Feature, Features};

/// The CPU time the calling thread has used so far (zero where the clock is not available).
pub fn thread_cpu() -> Duration {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec into the one it is given.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(
                ts.tv_sec.max(0) as u64,
                ts.tv_nsec.clamp(0, 999_999_999) as u32,
            );
        }
    }
    Duration::ZERO
}

/// The kind of a generated program, for the cost table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Generators only.
    Generator,
    /// Coroutines (`async def`, `await`) driven by hand.
    Coroutine,
    /// Async generators driven by hand.
    AsyncGenerator,
    /// Coroutines run by `asyncio.run`.
    Asyncio,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Generator,
        Kind::Coroutine,
        Kind::AsyncGenerator,
        Kind::Asyncio,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
            Kind::Asyncio => "asyncio",
        }
    }

    /// The kind of a program that uses the features `used`: an asyncio program, else by the
    /// flavor of its functions (async generator, coroutine, generator).
    pub fn of(used: Features) -> Kind {
        if used.has(Feature::Asyncio) {
            Kind::Asyncio
        } else if used.has(Feature::AsyncGen) {
            Kind::AsyncGenerator
        } else if used.has(Feature::AsyncDef) {
            Kind::Coroutine
        } else {
            Kind::Generator
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// CPU time per phase of one program, or summed over several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Phases {
    pub generate: Duration,
    pub left: Duration,
    pub right: Duration,
    pub compare: Duration,
}

impl Phases {
    pub fn total(&self) -> Duration {
        self.generate + self.left + self.right + self.compare
    }

    fn add(&mut self, other: &Phases) {
        self.generate += other.generate;
        self.left += other.left;
        self.right += other.right;
        self.compare += other.compare;
    }
}

/// The CPU costs of a run: per kind of program, and of the whole loop.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Costs {
    /// Programs and their phases' CPU time, per kind (in [`Kind::ALL`] order).
    pub by_kind: [(u64, Phases); 4],
    /// The loop's CPU time: every program's phases and what lies between them (findings run
    /// again, saved and reduced; the progress line).
    pub loop_cpu: Duration,
}

impl Costs {
    pub fn record(&mut self, kind: Kind, phases: &Phases) {
        let (n, sum) = &mut self.by_kind[kind.index()];
        *n += 1;
        sum.add(phases);
    }

    /// Add another run's costs (a worker's).
    pub fn merge(&mut self, other: &Costs) {
        for (into, from) in self.by_kind.iter_mut().zip(&other.by_kind) {
            into.0 += from.0;
            into.1.add(&from.1);
        }
        self.loop_cpu += other.loop_cpu;
    }

    /// The table of CPU time per program by kind, and the loop's programs per CPU second.
    pub fn write(&self, out: &mut dyn Write) {
        let us = |d: Duration, n: u64| d.as_secs_f64() * 1e6 / n.max(1) as f64;
        let _ = writeln!(
            out,
            "\nCPU time per program on the fuzz thread, by kind (a process backend's interpreter \
             is not counted):"
        );
        let _ = writeln!(
            out,
            "{:<16} {:>9} {:>7} {:>9} {:>10} {:>10} {:>10} {:>10}",
            "kind", "programs", "share", "generate", "left", "right", "compare", "total"
        );
        let mut all = (0u64, Phases::default());
        for kind in Kind::ALL {
            let (n, p) = &self.by_kind[kind.index()];
            all.0 += n;
            all.1.add(p);
        }
        let rows = Kind::ALL
            .iter()
            .map(|k| (k.name(), self.by_kind[k.index()]))
            .chain(std::iter::once(("all", all)));
        for (name, (n, p)) in rows {
            let _ = writeln!(
                out,
                "{name:<16} {n:>9} {:>6.1}% {:>6.0} µs {:>7.0} µs {:>7.0} µs {:>7.0} µs {:>7.0} µs",
                100.0 * n as f64 / all.0.max(1) as f64,
                us(p.generate, n),
                us(p.left, n),
                us(p.right, n),
                us(p.compare, n),
                us(p.total(), n),
            );
        }
        let secs = self.loop_cpu.as_secs_f64();
        if secs > 0.0 {
            let _ = writeln!(
                out,
                "fuzz loop: {secs:.1} CPU s for {} programs: {:.0} programs per CPU second",
                all.0,
                all.0 as f64 / secs
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_clock_advances_with_work() {
        let start = thread_cpu();
        let mut x = 0u64;
        while thread_cpu() - start < Duration::from_millis(2) {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(thread_cpu() > start);
    }

    #[test]
    fn kinds_follow_the_features_used() {
        let f = |fs: &[Feature]| fs.iter().fold(Features::none(), |a, f| a.with(*f));
        assert_eq!(Kind::of(f(&[])), Kind::Generator);
        assert_eq!(Kind::of(f(&[Feature::AsyncDef])), Kind::Coroutine);
        assert_eq!(
            Kind::of(f(&[Feature::AsyncGen, Feature::AsyncgenHooks])),
            Kind::AsyncGenerator
        );
        assert_eq!(
            Kind::of(f(&[Feature::Asyncio, Feature::AsyncDef])),
            Kind::Asyncio
        );
    }

    #[test]
    fn costs_merge_and_print_per_kind() {
        let p = Phases {
            generate: Duration::from_micros(10),
            left: Duration::from_micros(300),
            right: Duration::from_micros(100),
            compare: Duration::from_micros(2),
        };
        let mut a = Costs::default();
        a.record(Kind::Generator, &p);
        a.loop_cpu = Duration::from_millis(1);
        let mut b = Costs::default();
        b.record(Kind::Asyncio, &p);
        b.record(Kind::Asyncio, &p);
        b.loop_cpu = Duration::from_millis(2);
        a.merge(&b);
        assert_eq!(a.by_kind[Kind::Asyncio.index()].0, 2);
        assert_eq!(a.loop_cpu, Duration::from_millis(3));
        let mut out = Vec::new();
        a.write(&mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("asyncio                  2   66.7%"),
            "{text}"
        );
        assert!(text.contains("1000 programs per CPU second"), "{text}");
    }
}
