//! The observer of control transfers (on when `EngineConfig::detail` is `Detail::Transfers`,
//! for `yieldspec explain`): every resume of a generator's frame and every way it is left,
//! recorded as `Event::Transfer` in order with the other events, the way CPython's tracing
//! shows them (`sys.settrace` call / exception / return events of generator frames).
//!
//! A resume is `start` (first entry), `send` with the value (`next()` sends None; a
//! `yield from` that throw() finished resumes its frame with the subiterator's value) or
//! `throw` with the exception's type (close() and finalization throw GeneratorExit; an
//! exception a subiterator raised under throw() is thrown into the delegating frame). A frame
//! is left by `yield`, `return` (the StopIteration value) or `raise` (the exception as it
//! leaves the frame, before PEP 479 turns a StopIteration into RuntimeError). The party on the
//! other side is the innermost generator whose frame runs, else `caller`. Sends down a chain of
//! `yield from` go one level at a time (not through the chain loop), as CPython enters them.

use std::rc::Rc;

use yieldspec_trace::{Detail, Event, Step};

use super::{GenResult, GenStatus, Generator};
use crate::value::{Flow, PyResult};
use crate::vm::{Exit, Frame, Resume, Vm};

impl Vm {
    /// Whether control transfers are recorded.
    #[inline]
    pub(super) fn observing(&self) -> bool {
        self.config.detail == Detail::Transfers
    }

    /// gen_resume's run of the frame, with the transfers in and out recorded.
    pub(super) fn gen_resume_observed(
        &mut self,
        g: &Rc<Generator>,
        state: GenStatus,
        mut frame: Box<Frame>,
        resume: Resume,
    ) -> PyResult<GenResult> {
        let label = label(g);
        let (step, value) = match &resume {
            Resume::Start => (Step::Start, String::new()),
            Resume::Send(v) | Resume::YieldFromDone(v) => (Step::Send, self.safe_repr(v)),
            Resume::Throw(e) | Resume::YieldFromRaised(e) => {
                (Step::Throw, self.class_of(e).trace_name())
            }
        };
        let resumer = self.current_party();
        self.transfer(step, resumer.clone(), label.clone(), value);
        self.running_labels.push(label.clone());
        let thrown = matches!(resume, Resume::Throw(_));
        let r = match resume {
            Resume::Send(v) if frame.at_yield_from() => self.delegate_send(&mut frame, v),
            resume => self.run_frame(&mut frame, resume),
        };
        self.running_labels.pop();
        let left = match &r {
            Ok(Exit::Yield(v)) => Some((Step::Yield, self.safe_repr(v))),
            Ok(Exit::Return(v)) => Some((Step::Return, self.safe_repr(v))),
            Err(Flow::Exc(e)) => Some((Step::Raise, self.class_of(e).trace_name())),
            Err(_) => None,
        };
        if let Some((step, value)) = left {
            self.transfer(step, label, resumer, value);
        }
        self.gen_leave(g, state, thrown, frame, r)
    }

    fn current_party(&self) -> String {
        self.running_labels
            .last()
            .cloned()
            .unwrap_or_else(|| "caller".into())
    }

    fn transfer(&mut self, step: Step, from: String, to: String, value: String) {
        self.rec.add(Event::Transfer {
            step,
            from,
            to,
            value,
        });
    }
}

/// `NAME at 0xADDRESS`, as the CPython side labels a generator.
fn label(g: &Generator) -> String {
    format!("{} at {:#x}", g.name.borrow(), g.addr)
}
