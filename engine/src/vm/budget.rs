//! The limits a case runs under: fuel (steps), a wall-clock budget, a memory budget, and the
//! process-wide interrupt (Ctrl-C). The hot paths only count down `Vm::fuel`, a slice of the
//! fuel; when a slice is used up, [`Vm::refuel`] checks the clock, the memory the case's thread
//! holds and the interrupt, then hands out the next slice. Work that is large in one step (a
//! big repetition, padding, a power) claims its size first ([`Vm::claim`]): sizes beyond the
//! memory budget stop the case (a `memory` outcome) before anything is allocated, sizes no
//! allocator can give are a MemoryError as in CPython, and the size is charged as fuel, so that
//! a loop of big steps meets the clock check as often as one of small steps.

use std::time::Instant;

use super::Vm;
use crate::value::{Fatal, Flow, PyResult};
use crate::vm::ExcKind;

/// Steps between two checks of the clock, memory and interrupt.
const SLICE: u64 = 10_000;
/// Bytes of claimed work that cost one step of fuel.
const BYTES_PER_STEP: usize = 256;

/// What is left of a case's budgets beyond the current slice of fuel.
pub struct Budget {
    /// Fuel not yet handed out as a slice.
    reserve: u64,
    /// When the wall-clock budget runs out (None: no wall-clock budget).
    deadline: Option<Instant>,
    /// The memory budget in bytes (None: none).
    memory: Option<usize>,
    /// Bytes this thread held when the case started (see [`crate::memory`]).
    memory_base: isize,
}

impl Budget {
    /// The budgets of a case starting now, and its first slice of fuel.
    pub fn start(config: &crate::EngineConfig) -> (Budget, u64) {
        let slice = config.fuel.min(SLICE);
        let budget = Budget {
            reserve: config.fuel - slice,
            deadline: config
                .time_budget
                .and_then(|t| Instant::now().checked_add(t)),
            memory: config.memory,
            memory_base: crate::memory::live(),
        };
        (budget, slice)
    }
}

fn stop(fatal: Fatal) -> Flow {
    Flow::Fatal(Box::new(fatal))
}

impl Vm {
    /// The slice of fuel is used up: check the other limits, then hand out the next slice
    /// (and take one step of it).
    #[cold]
    #[inline(never)]
    pub(crate) fn refuel(&mut self) -> PyResult<()> {
        self.check_limits()?;
        let slice = self.budget.reserve.min(SLICE);
        if slice == 0 {
            return Err(stop(Fatal::Timeout));
        }
        self.budget.reserve -= slice;
        self.fuel = slice - 1;
        Ok(())
    }

    /// The clock, the memory held and the interrupt.
    fn check_limits(&self) -> PyResult<()> {
        if crate::interrupted() {
            return Err(stop(Fatal::Deadline));
        }
        if self.budget.deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(stop(Fatal::Deadline));
        }
        if let Some(limit) = self.budget.memory {
            let used = crate::memory::live().saturating_sub(self.budget.memory_base);
            if used > 0 && used as usize > limit {
                return Err(stop(Fatal::Memory));
            }
        }
        Ok(())
    }

    /// Take `steps` steps of fuel at once.
    pub(crate) fn spend(&mut self, steps: u64) -> PyResult<()> {
        if steps < self.fuel {
            self.fuel -= steps;
            return Ok(());
        }
        let beyond = steps - self.fuel;
        self.fuel = 0;
        if beyond > self.budget.reserve {
            self.budget.reserve = 0;
            return Err(stop(Fatal::Timeout));
        }
        self.budget.reserve -= beyond;
        self.refuel()
    }

    /// Before work that makes (or touches) `bytes` bytes in one step: a MemoryError when no
    /// allocator could give that much (CPython's own size checks), a `memory` outcome when it
    /// is more than the memory budget, and otherwise its cost in fuel.
    pub(crate) fn claim(&mut self, bytes: usize) -> PyResult<()> {
        if bytes > isize::MAX as usize {
            return Err(self.err(ExcKind::MemoryError, ""));
        }
        if let Some(limit) = self.budget.memory {
            let used = crate::memory::live().saturating_sub(self.budget.memory_base);
            if bytes.saturating_add(used.max(0) as usize) > limit {
                return Err(stop(Fatal::Memory));
            }
        }
        self.spend((bytes / BYTES_PER_STEP) as u64)
    }
}
