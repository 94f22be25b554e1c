//! The fuzzer's asyncio group: programs of coroutines run by `asyncio.run`, creating tasks,
//! awaiting, gathering, cancelling, shielding and timing them out, passing items through a
//! Queue, waking a waiter with an Event and running children in a TaskGroup (3.11+).
//!
//! Terminating by construction: coroutine `cN` only creates tasks of `cM` with `M > N` (no
//! recursion), every sleep is bounded, a Queue's producer puts all its items before it can be
//! cancelled, an Event is set in a `finally`, and `main` waits for leftover tasks a bounded
//! number of times. Deterministic by construction: the tracer runs the loop on a virtual clock,
//! and a program never lets more than one task be cancelled together by code that iterates a
//! set of tasks, whose order is the tasks' addresses: a TaskGroup has at most two children, so
//! a failing one cancels at most one sibling, and two only in a coroutine that nothing can
//! cancel from outside (a cancelled task or TaskGroup cancels all of its group's children;
//! see [`Reach`]); nor does it leave several tasks for `asyncio.run` to cancel (it waits for
//! them first).

use std::fmt::Write as _;

use arbitrary::{Result, Unstructured};

use super::config::{Feature, GenConfig};

/// Most coroutine functions in one program.
const MAX_CORO: usize = 7;

/// An asyncio program: `c0` is what `main` awaits; `coros[i]` starts only `coros[j]`, `j > i`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tasks {
    pub coros: Vec<Coro>,
}

/// A coroutine function `cN()`; it returns its name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coro {
    pub body: Vec<Step>,
}

/// How a child coroutine is awaited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    /// `await cJ()` (no task).
    Direct,
    /// `t = asyncio.create_task(cJ())`, `await t`.
    Task,
    /// The task cancelled (after a `sleep(0)` or not), then awaited.
    Cancel { after_sleep: bool },
    /// `await asyncio.gather(t, cK(), return_exceptions=…)`.
    Gather {
        other: usize,
        return_exceptions: bool,
    },
    /// `await asyncio.shield(t)`.
    Shield,
    /// `await asyncio.wait_for(t, K / 100)`.
    WaitFor(u8),
}

/// A statement of a coroutine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// `print(LABEL)`.
    Print,
    /// `await asyncio.sleep(0)`.
    Sleep0,
    /// `await asyncio.sleep(K / 100)`.
    Sleep(u8),
    /// `raise ValueError(LABEL)` (the last statement).
    Raise,
    /// A child coroutine awaited as `wait` says, its outcome printed.
    Child { callee: usize, wait: Wait },
    /// A consumer task gets `n` items a producer puts into a Queue, then the queue is joined.
    Queue { n: u8, sleep_between: bool },
    /// A waiter task waits on an Event that this coroutine sets (in a `finally`).
    Event { sleep_first: bool },
    /// `async with asyncio.TaskGroup()` running one or two children; `except* ValueError`.
    TaskGroup { callees: Vec<usize> },
}

impl Tasks {
    /// The features the program uses.
    pub fn features_used(&self, add: &mut impl FnMut(Feature)) {
        add(Feature::Asyncio);
        for c in &self.coros {
            for s in &c.body {
                match s {
                    Step::Child { wait, .. } => match wait {
                        Wait::Gather { .. } => add(Feature::AsyncioGather),
                        Wait::Cancel { .. } | Wait::Shield | Wait::WaitFor(_) => {
                            add(Feature::AsyncioCancel)
                        }
                        Wait::Direct | Wait::Task => {}
                    },
                    Step::Queue { .. } => add(Feature::AsyncioQueue),
                    Step::Event { .. } => add(Feature::AsyncioEvent),
                    Step::TaskGroup { .. } => add(Feature::TaskGroup),
                    Step::Print | Step::Sleep0 | Step::Sleep(_) | Step::Raise => {}
                }
            }
        }
    }
}

/// Whether a coroutine can be cancelled from outside while it runs: by `task.cancel()` or a
/// `wait_for` timeout on its task, by a TaskGroup whose other child failed, or because what
/// awaits it (directly, as a task, through `gather`) can be. `shield` stops it. A coroutine
/// that can be cancelled runs a TaskGroup of one child only: cancelling it would cancel two
/// children in the order of a set of tasks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Nothing can cancel it (main's `c0`, and what it awaits without a cancelling wait).
    Safe,
    Cancellable,
}

impl Reach {
    /// The reach of a child awaited as `wait` by a coroutine of reach `self`.
    pub fn child(self, wait: Wait) -> Reach {
        match wait {
            Wait::Shield => Reach::Safe,
            Wait::Cancel { .. } | Wait::WaitFor(_) => Reach::Cancellable,
            Wait::Direct | Wait::Task | Wait::Gather { .. } => self,
        }
    }

    /// The reach of a child of a TaskGroup of `children` run by a coroutine of reach `self`.
    pub fn group_child(self, children: usize) -> Reach {
        if children > 1 {
            Reach::Cancellable
        } else {
            self
        }
    }
}

/// Generate an asyncio program under `config` (which has [`Feature::Asyncio`]).
pub fn generate(config: &GenConfig, u: &mut Unstructured<'_>) -> Result<Tasks> {
    let mut g = Gen {
        u,
        cfg: config,
        coros: vec![Coro::default()],
    };
    g.coro(0, 0, Reach::Safe)?;
    Ok(Tasks { coros: g.coros })
}

struct Gen<'a, 'b> {
    u: &'b mut Unstructured<'a>,
    cfg: &'b GenConfig,
    coros: Vec<Coro>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Print,
    Sleep0,
    Sleep,
    Raise,
    Child,
    Gather,
    Cancel,
    Queue,
    Event,
    TaskGroup,
}

impl Gen<'_, '_> {
    /// A new coroutine to call from depth `depth` with reach `reach`, or None when there are
    /// enough.
    fn new_callee(&mut self, depth: u8, reach: Reach) -> Result<Option<usize>> {
        if self.coros.len() >= MAX_CORO || depth >= 3 {
            return Ok(None);
        }
        let i = self.coros.len();
        self.coros.push(Coro::default());
        self.coro(i, depth + 1, reach)?;
        Ok(Some(i))
    }

    fn coro(&mut self, index: usize, depth: u8, reach: Reach) -> Result<()> {
        let mut kinds = vec![
            Kind::Print,
            Kind::Sleep0,
            Kind::Sleep,
            Kind::Raise,
            Kind::Child,
        ];
        for (f, k) in [
            (Feature::AsyncioGather, Kind::Gather),
            (Feature::AsyncioCancel, Kind::Cancel),
            (Feature::AsyncioQueue, Kind::Queue),
            (Feature::AsyncioEvent, Kind::Event),
            (Feature::TaskGroup, Kind::TaskGroup),
        ] {
            if self.cfg.has(f) {
                kinds.push(k);
            }
        }
        let n = self.u.int_in_range(1..=self.cfg.max_block.clamp(1, 4))?;
        let mut body = Vec::new();
        for _ in 0..n {
            let step = match *self.u.choose(&kinds)? {
                Kind::Print => Step::Print,
                Kind::Sleep0 => Step::Sleep0,
                Kind::Sleep => Step::Sleep(self.u.int_in_range(1..=4)?),
                Kind::Raise => {
                    if self.u.ratio(1, 3)? {
                        body.push(Step::Raise);
                        break;
                    }
                    Step::Print
                }
                Kind::Child => {
                    let wait = if self.u.arbitrary()? {
                        Wait::Task
                    } else {
                        Wait::Direct
                    };
                    match self.new_callee(depth, reach.child(wait))? {
                        Some(callee) => Step::Child { callee, wait },
                        None => Step::Sleep0,
                    }
                }
                Kind::Gather => match (
                    self.new_callee(depth, reach)?,
                    self.new_callee(depth, reach)?,
                ) {
                    (Some(callee), Some(other)) => Step::Child {
                        callee,
                        wait: Wait::Gather {
                            other,
                            return_exceptions: self.u.arbitrary()?,
                        },
                    },
                    (Some(callee), None) => Step::Child {
                        callee,
                        wait: Wait::Task,
                    },
                    _ => Step::Print,
                },
                Kind::Cancel => {
                    let wait = match self.u.int_in_range(0..=2)? {
                        0 => Wait::Cancel {
                            after_sleep: self.u.arbitrary()?,
                        },
                        1 => Wait::Shield,
                        _ => Wait::WaitFor(self.u.int_in_range(1..=5)?),
                    };
                    match self.new_callee(depth, reach.child(wait))? {
                        Some(callee) => Step::Child { callee, wait },
                        None => Step::Sleep0,
                    }
                }
                Kind::Queue => Step::Queue {
                    n: self.u.int_in_range(1..=3)?,
                    sleep_between: self.u.arbitrary()?,
                },
                Kind::Event => Step::Event {
                    sleep_first: self.u.arbitrary()?,
                },
                Kind::TaskGroup => {
                    let most = if reach == Reach::Safe { 2 } else { 1 };
                    let children = self.u.int_in_range(1..=most)?;
                    let mut callees = Vec::new();
                    for _ in 0..children {
                        if let Some(c) = self.new_callee(depth, reach.group_child(children))? {
                            callees.push(c);
                        }
                    }
                    if callees.is_empty() {
                        Step::Sleep0
                    } else {
                        Step::TaskGroup { callees }
                    }
                }
            };
            body.push(step);
        }
        self.coros[index].body = body;
        Ok(())
    }
}

/// What a `try` around an await of a child catches.
const CAUGHT: &str = "(ValueError, asyncio.CancelledError, asyncio.TimeoutError)";

/// The program's top-level statements, each with whether it is an expression statement: the
/// import, the coroutine functions, `main` and `asyncio.run(main())` (the only expression).
pub fn render(tasks: &Tasks) -> Vec<(String, bool)> {
    let mut out = vec!["import asyncio\n".to_string()];
    for (i, c) in tasks.coros.iter().enumerate() {
        out.push(render_coro(i, c));
    }
    out.push(format!(
        "async def main():\n    try:\n        print(\"main got\", await c0())\n    except {CAUGHT} as e:\n        print(\"main raised\", type(e).__name__, e.args)\n    for _ in range(50):\n        if len(asyncio.all_tasks()) <= 1:\n            break\n        await asyncio.sleep(0.01)\n"
    ));
    let mut out: Vec<(String, bool)> = out.into_iter().map(|t| (t, false)).collect();
    out.push(("asyncio.run(main())\n".to_string(), true));
    out
}

fn render_coro(index: usize, c: &Coro) -> String {
    let mut s = format!("async def c{index}():\n");
    let mut label = 0;
    let mut next_label = || {
        label += 1;
        format!("\"c{index}.{label}\"")
    };
    for (k, step) in c.body.iter().enumerate() {
        let t = format!("t{k}");
        match step {
            Step::Print => {
                let _ = writeln!(s, "    print({})", next_label());
            }
            Step::Sleep0 => s.push_str("    await asyncio.sleep(0)\n"),
            Step::Sleep(n) => {
                let _ = writeln!(s, "    await asyncio.sleep({})", f64::from(*n) / 100.0);
            }
            Step::Raise => {
                let _ = writeln!(s, "    raise ValueError({})", next_label());
            }
            Step::Child { callee, wait } => {
                let l = next_label();
                let awaited = match wait {
                    Wait::Direct => format!("c{callee}()"),
                    Wait::Task => {
                        let _ = writeln!(s, "    {t} = asyncio.create_task(c{callee}())");
                        t.clone()
                    }
                    Wait::Cancel { after_sleep } => {
                        let _ = writeln!(s, "    {t} = asyncio.create_task(c{callee}())");
                        if *after_sleep {
                            s.push_str("    await asyncio.sleep(0)\n");
                        }
                        let _ = writeln!(s, "    print({l}, \"cancel\", {t}.cancel())");
                        t.clone()
                    }
                    Wait::Gather {
                        other,
                        return_exceptions,
                    } => {
                        let _ = writeln!(s, "    {t} = asyncio.create_task(c{callee}())");
                        format!(
                            "asyncio.gather({t}, c{other}(), return_exceptions={})",
                            if *return_exceptions { "True" } else { "False" }
                        )
                    }
                    Wait::Shield => {
                        let _ = writeln!(s, "    {t} = asyncio.create_task(c{callee}())");
                        format!("asyncio.shield({t})")
                    }
                    Wait::WaitFor(n) => {
                        let _ = writeln!(s, "    {t} = asyncio.create_task(c{callee}())");
                        format!("asyncio.wait_for({t}, {})", f64::from(*n) / 100.0)
                    }
                };
                let _ = write!(
                    s,
                    "    try:\n        print({l}, \"got\", repr(await {awaited}))\n    except {CAUGHT} as e:\n        print({l}, \"raised\", type(e).__name__, e.args)\n"
                );
            }
            Step::Queue { n, sleep_between } => {
                let l = next_label();
                let _ = write!(
                    s,
                    "    q{k} = asyncio.Queue()\n    async def consume{k}():\n        for _ in range({n}):\n            item = await q{k}.get()\n            print({l}, \"got\", item)\n            q{k}.task_done()\n    {t} = asyncio.create_task(consume{k}())\n    for i in range({n}):\n        q{k}.put_nowait(i)\n"
                );
                if *sleep_between {
                    s.push_str("    await asyncio.sleep(0)\n");
                }
                let _ = write!(
                    s,
                    "    await q{k}.join()\n    print({l}, \"joined\", q{k}.qsize())\n    await {t}\n"
                );
            }
            Step::Event { sleep_first } => {
                let l = next_label();
                let _ = write!(
                    s,
                    "    ev{k} = asyncio.Event()\n    async def waiter{k}():\n        print({l}, \"waiting\")\n        print({l}, \"woken\", await ev{k}.wait())\n    {t} = asyncio.create_task(waiter{k}())\n    try:\n"
                );
                if *sleep_first {
                    s.push_str("        await asyncio.sleep(0)\n");
                }
                let _ = write!(
                    s,
                    "        print({l}, \"set\", ev{k}.is_set())\n    finally:\n        ev{k}.set()\n    await {t}\n"
                );
            }
            Step::TaskGroup { callees } => {
                let l = next_label();
                s.push_str("    try:\n        async with asyncio.TaskGroup() as tg:\n");
                for (j, c) in callees.iter().enumerate() {
                    let _ = writeln!(s, "            {t}_{j} = tg.create_task(c{c}())");
                }
                let results: Vec<String> = (0..callees.len())
                    .map(|j| format!("{t}_{j}.result()"))
                    .collect();
                let _ = write!(
                    s,
                    "        print({l}, \"group done\", {})\n    except* ValueError as eg:\n        print({l}, \"group failed\", [str(e) for e in eg.exceptions])\n",
                    results.join(", ")
                );
            }
        }
    }
    let _ = writeln!(s, "    return \"c{index}\"");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuzz::{generate_on, generate_requiring, program_bytes, to_case, Features, Python};

    /// Walks the program from `c0` (run by main, which nothing cancels) and notes each
    /// coroutine's cancellability, by the rules of asyncio itself rather than [`Reach`].
    fn cancellable(tasks: &Tasks) -> Vec<Option<bool>> {
        let mut seen = vec![None; tasks.coros.len()];
        let mut todo = vec![(0, false)];
        while let Some((i, cancellable)) = todo.pop() {
            seen[i] = Some(cancellable);
            for step in &tasks.coros[i].body {
                match step {
                    Step::Child { callee, wait } => {
                        let child = match wait {
                            Wait::Shield => false,
                            Wait::Cancel { .. } | Wait::WaitFor(_) => true,
                            Wait::Direct | Wait::Task => cancellable,
                            Wait::Gather { other, .. } => {
                                todo.push((*other, cancellable));
                                cancellable
                            }
                        };
                        todo.push((*callee, child));
                    }
                    Step::TaskGroup { callees } => {
                        for c in callees {
                            todo.push((*c, cancellable || callees.len() > 1));
                        }
                    }
                    _ => {}
                }
            }
        }
        seen
    }

    /// A cancellation that reaches a TaskGroup cancels its children in the order of a set of
    /// tasks (their addresses): so no TaskGroup of two children runs where one can reach it.
    #[test]
    fn no_two_taskgroup_children_can_be_cancelled_together() {
        let required = Features::none().with(Feature::TaskGroup);
        let (mut pairs, mut guarded) = (0, 0);
        for i in 0..3000 {
            let generated = generate_requiring(&program_bytes(11, i), required);
            let tasks = generated.program.tasks.expect("an asyncio program");
            let reach = cancellable(&tasks);
            for (c, coro) in tasks.coros.iter().enumerate() {
                for step in &coro.body {
                    if let Step::TaskGroup { callees } = step {
                        let cancellable = reach[c].expect("every coroutine is reached");
                        if callees.len() > 1 {
                            assert!(!cancellable, "program {i}: c{c}'s TaskGroup");
                            pairs += 1;
                        } else if cancellable {
                            guarded += 1;
                        }
                    }
                }
            }
        }
        assert!(
            pairs > 100 && guarded > 100,
            "{pairs} pairs, {guarded} guarded"
        );
    }

    /// TaskGroup and `except*` are 3.11+: for backends of an older version the generator leaves
    /// them out (both sides would only reject the program as a syntax error), even when the
    /// `taskgroup` switch is required; from 3.11 the same bytes do give TaskGroups.
    #[test]
    fn taskgroup_only_for_python_3_11_and_later() {
        let required = Features::none().with(Feature::TaskGroup);
        for (python, expect_groups) in [
            (Python(3, 8), false),
            (Python(3, 10), false),
            (Python(3, 11), true),
            (Python(3, 15), true),
        ] {
            let mut groups = 0;
            for i in 0..300 {
                let generated = generate_on(&program_bytes(11, i), required, Some(python));
                let source = to_case(&generated, "t.py", String::new()).source;
                if source.contains("asyncio.TaskGroup()") {
                    groups += 1;
                }
                if !expect_groups {
                    assert!(!source.contains("except*"), "{python}: program {i}");
                    assert!(!source.contains("TaskGroup"), "{python}: program {i}");
                    assert!(
                        generated.program.tasks.is_some(),
                        "still an asyncio program"
                    );
                }
            }
            assert_eq!(groups > 50, expect_groups, "{python}: {groups} TaskGroups");
        }
    }
}
