//! Resuming a chain of generators that delegate to each other with `yield from`, one level
//! after the other in a loop instead of one nested call per level.
//!
//! `g0.send(v)` where `g0` is suspended at `yield from g1`, `g1` at `yield from g2`, … sends
//! `v` down to the innermost generator and its result back up, each level doing what its
//! `YIELD_FROM` instruction does (CPython's `gen_send_ex2` → `SEND` → `gen_send_ex2` …). The
//! loop enters the levels in the same order, with the same bookkeeping (recursion depth,
//! running state, handled-exception stack, the frame one past its `yield from`), and leaves
//! them innermost first exactly as the nested calls return; a level it cannot enter plainly
//! (not suspended, finalizers due, recursion limit reached) is resumed by the general path,
//! which raises what CPython raises there.

use std::rc::Rc;

use super::{GenResult, GenState, GenStatus, Generator};
use crate::value::{Flow, PyResult, Value};
use crate::vm::{Exit, Frame, Resume, Vm};

/// A generator of the chain that the loop has entered, with the frame it took out of it.
pub(crate) type Level = (Rc<Generator>, Box<Frame>);

impl Vm {
    /// `run_frame(f, Resume::Send(v))` for a frame suspended at a `yield from`.
    pub(super) fn delegate_chain(&mut self, f: &mut Frame, v: Value) -> PyResult<Exit> {
        // The loop lists none of the frames it enters for coroutine origins; while origins are
        // tracked, each level is resumed by the nested calls, which list them.
        if self.origin.tracking() {
            return self.delegate_send(f, v);
        }
        let unlisted = std::cell::Cell::new(0);
        let r = self.delegate_chain_loop(f, v, &unlisted);
        self.origin.remove_unlisted(unlisted.get());
        r
    }

    /// [`Vm::delegate_chain`]'s loop; `unlisted` counts the frames it entered without listing
    /// them in `self.origin`.
    fn delegate_chain_loop(
        &mut self,
        f: &mut Frame,
        v: Value,
        unlisted: &std::cell::Cell<u32>,
    ) -> PyResult<Exit> {
        // Levels below `f` that are entered; the innermost is `cur`, the others wait in
        // `self.yield_chain` above `base` (nested chains use the stack above them and give it
        // back).
        let base = self.yield_chain.len();
        let mut cur: Option<Level> = None;
        loop {
            let at: &mut Frame = match &mut cur {
                Some((_, fr)) => fr,
                None => f,
            };
            let Some(sub) = self.enterable_sub(at) else {
                break;
            };
            let Ok((_, frame)) = sub.take_frame() else {
                break;
            };
            // gen_resume's entry for a suspended generator resumed by send() (enterable_sub
            // checked the recursion limit).
            self.depth += 1;
            self.gen_mark_running(&sub);
            // While the subgenerator runs, the frame is one past its `yield from`.
            at.pc += 1;
            self.origin.add_unlisted(1);
            unlisted.set(unlisted.get() + 1);
            if let Some(outer) = cur.replace((sub, frame)) {
                self.yield_chain.push(outer);
            }
        }
        let mut exit = match &mut cur {
            Some((_, fr)) if !fr.at_yield_from() => self.run_frame(fr, Resume::Send(v)),
            Some((_, fr)) => self.delegate_send(fr, v),
            None => self.delegate_send(f, v),
        };
        while let Some((g, frame)) = cur.take() {
            let (g, frame) = match exit {
                // The common case, a value yielded at the bottom passing up: each level is
                // suspended again and re-yields it (gen_leave and delegation_result for a
                // yield), the value staying in registers.
                Ok(Exit::Yield(v)) => match self.pass_yield_up((g, frame), v, base, f, &mut cur) {
                    Ok(v) => return Ok(Exit::Yield(v)),
                    Err(e) => {
                        exit = Err(e);
                        match cur.take() {
                            Some(level) => level,
                            None => return exit,
                        }
                    }
                },
                _ => (g, frame),
            };
            let r = self.gen_leave(&g, GenStatus::Suspended, false, frame, exit);
            drop(g);
            if self.yield_chain.len() > base {
                cur = self.yield_chain.pop();
            }
            let at: &mut Frame = match &mut cur {
                Some((_, fr)) => fr,
                None => f,
            };
            at.pc -= 1;
            exit = self.delegation_result(at, r);
        }
        exit
    }

    /// The ascent of [`Vm::delegate_chain`] for a value yielded at the bottom: from `level`
    /// up, each level is suspended again (gen_leave) and the level above re-yields the value
    /// (delegation_result), until `f` yields it: the value. An error (from finalizers that
    /// became due) is the result of the level left in `cur`, and the general ascent goes on
    /// from there.
    fn pass_yield_up(
        &mut self,
        level: Level,
        v: Value,
        base: usize,
        f: &mut Frame,
        cur: &mut Option<Level>,
    ) -> PyResult<Value> {
        let (mut g, mut frame) = level;
        loop {
            self.gen_suspend(&g, frame);
            drop(g);
            if self.yield_chain.len() > base {
                *cur = self.yield_chain.pop();
            }
            let at: &mut Frame = match cur {
                Some((_, fr)) => fr,
                None => f,
            };
            at.pc -= 1;
            if self.heap.has_pending() {
                self.run_finalizers()?;
            }
            match cur.take() {
                Some(next) => (g, frame) = next,
                None => return Ok(v),
            }
        }
    }

    /// The subgenerator of the `yield from` that `f` is suspended at, when resuming it with
    /// send() needs none of gen_resume's checks: it is suspended, its frame is there, no
    /// finalizer is due and the recursion limit is not reached.
    fn enterable_sub(&self, f: &Frame) -> Option<Rc<Generator>> {
        if !f.at_yield_from() || self.heap.has_pending() || !self.depth_allows_frame() {
            return None;
        }
        let Some(Value::Generator(sub)) = f.stack.last() else {
            return None;
        };
        let ready = sub
            .state
            .try_borrow()
            .is_ok_and(|st| matches!(*st, GenState::Suspended(_)));
        ready.then(|| sub.clone())
    }

    /// `run_frame(f, Resume::Send(v))` for a frame suspended at a `yield from`, one level: send
    /// into the subiterator (through gen_resume when it is a generator) and go on as the
    /// `yield from` instruction would with its result.
    pub(super) fn delegate_send(&mut self, f: &mut Frame, v: Value) -> PyResult<Exit> {
        let Some(Value::Generator(sub)) = f.stack.last() else {
            return self.run_frame(f, Resume::Send(v));
        };
        f.pc += 1;
        let listed = self.origin.tracking();
        if listed {
            self.origin.enter(&f.code, f.pc);
        }
        let r = self.gen_resume(sub, Resume::Send(v));
        if listed {
            self.origin.leave();
        }
        f.pc -= 1;
        self.delegation_result(f, r)
    }

    /// What the `yield from` that `f` is suspended at does with its subgenerator's result:
    /// finalizers it left pending run, a value is yielded again (the frame stays at the
    /// instruction), a return value or an exception resumes the frame.
    fn delegation_result(&mut self, f: &mut Frame, r: PyResult<GenResult>) -> PyResult<Exit> {
        let r = self.sub_generator_result(r);
        if self.heap.has_pending() {
            self.run_finalizers()?;
        }
        match r {
            Ok(GenResult::Yield(y)) => Ok(Exit::Yield(y)),
            Ok(GenResult::Return(val)) => self.run_frame(f, Resume::YieldFromDone(val)),
            Err(Flow::Exc(e)) => self.run_frame(f, Resume::YieldFromRaised(e)),
            Err(fatal) => Err(fatal),
        }
    }
}
