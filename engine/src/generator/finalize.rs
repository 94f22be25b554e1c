//! Finalization: running the finalizers of dropped generators and instances (close(),
//! `__del__`, async generator hooks) and reporting their failures to `sys.unraisablehook`.

use std::rc::Rc;

use yieldspec_trace::Event;

use super::{pending, GenStatus, Generator, Pending};
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::{ExcKind, Vm};

impl Vm {
    /// Run the finalizers of dropped suspended generators.
    pub fn run_finalizers(&mut self) -> PyResult<()> {
        let line = self.current_line;
        loop {
            // Take the whole queue: generators dropped together (by one container or frame
            // going away) are finalized one after the other, last queued first, and what
            // each one drops while it runs is finalized before its next sibling (a nested
            // flush only sees the new drops), as refcounting would do. Last-first matches
            // lists and tuples (released from the end) and value stacks (popped); frames
            // queue their locals in reverse (see `Frame`'s drop).
            //
            // What an entry queues runs before the entry's siblings: it goes on top of the
            // batch (a loop rather than a nested flush, so that a long chain of releases, each
            // queueing the next, does not nest).
            let mut batch = pending::take_batch(&self.heap);
            if batch.is_empty() {
                self.current_line = line;
                return Ok(());
            }
            while let Some(p) = batch.pop_back() {
                // Each finalizer runs where the release happened: what it warns (a coroutine
                // never awaited) is at the releasing frame's line, not at the line where an
                // earlier sibling's finalizer stopped.
                self.current_line = line;
                match p {
                    Pending::Finalize(g) => self.finalize(g)?,
                    Pending::Release(values) => pending::release_queued(values),
                    Pending::Del(inst) => self.call_del(inst)?,
                    Pending::UnawaitedMethod(msg) => {
                        if self.rules.agen_awaitable_starts_on_throw {
                            self.warn(ExcKind::RuntimeWarning, &msg)?;
                        }
                    }
                }
                if self.heap.has_pending() {
                    batch.extend(pending::take_batch(&self.heap));
                }
            }
        }
    }

    /// Run one dropped generator's finalizer (close it; report a failure as unraisable).
    fn finalize(&mut self, g: Generator) -> PyResult<()> {
        if g.status() == GenStatus::Created && g.kind() == crate::compile::GenKind::Coroutine {
            return self.warn_never_awaited(&g);
        }
        self.finalize_live(Rc::new(g))
    }

    /// A generator's finalizer (`_PyGen_Finalize`), for one the cyclic collector found in
    /// the garbage or one dropped and resurrected for it.
    pub(crate) fn finalize_live(&mut self, g: Rc<Generator>) -> PyResult<()> {
        if g.status() == GenStatus::Created && g.kind() == crate::compile::GenKind::Coroutine {
            return self.warn_never_awaited(&g);
        }
        if let Some(hook) = g.agen_finalizer() {
            let r = self.call(&hook, Args::new(vec![Value::Generator(g.clone())]));
            return match r {
                Ok(_) => Ok(()),
                Err(Flow::Exc(e)) => {
                    self.unraisable(Value::Generator(g), Ignored::FinalizingGenerator, e)
                }
                Err(fatal) => Err(fatal),
            };
        }
        match self.gen_close(&g) {
            Ok(_) => {}
            Err(Flow::Exc(e)) => {
                self.unraisable(Value::Generator(g.clone()), Ignored::ClosingGenerator, e)?
            }
            Err(fatal) => return Err(fatal),
        }
        drop(g);
        Ok(())
    }

    /// Report an exception escaping a `__del__` the cyclic collector called.
    pub(crate) fn unraisable_del(&mut self, del: Value, e: Value) -> PyResult<()> {
        self.unraisable(del, Ignored::CallingDeallocator, e)
    }

    /// Run a dropped instance's `__del__` (a failure is unraisable, reported with the
    /// `__del__` function as its object); the instance is released after it, unless the
    /// finalizer stored it somewhere.
    fn call_del(&mut self, inst: crate::value::Instance) -> PyResult<()> {
        let Some(del) = inst.class.lookup("__del__") else {
            return Ok(());
        };
        let inst = Value::Instance(Rc::new(inst));
        let bound = self.bind(del.clone(), &inst);
        match self.call(&bound, Args::default()) {
            Ok(_) => {}
            Err(Flow::Exc(e)) => self.unraisable(del, Ignored::CallingDeallocator, e)?,
            Err(fatal) => return Err(fatal),
        }
        drop(bound);
        drop(inst);
        Ok(())
    }

    /// What `sys.unraisablehook` gets: recorded as an event, or kept by an active
    /// `test.support.catch_unraisable_exception()`.
    /// A hook the case installed as `sys.unraisablehook` is called with the
    /// `UnraisableHookArgs` (and may keep the object, resurrecting it).
    /// Up to 3.13 the hook gets the object and no message ("Exception ignored in: OBJECT");
    /// from 3.14 a message naming what was being done, with the object's repr in it, and no
    /// object.
    pub(super) fn unraisable(&mut self, object: Value, while_: Ignored, e: Value) -> PyResult<()> {
        let err_msg = if self.rules.unraisable_names_action {
            let what = match while_ {
                Ignored::ClosingGenerator => "closing generator",
                Ignored::FinalizingGenerator => "finalizing generator",
                Ignored::CallingDeallocator => "calling deallocator",
            };
            Some(format!(
                "Exception ignored while {what} {}",
                self.safe_repr(&object)
            ))
        } else {
            None
        };
        let object = if err_msg.is_some() {
            Value::None
        } else {
            object
        };
        if let Some(cm) = self.unraisable_catcher.clone() {
            let args = crate::builtins::unraisable_args(self, object, err_msg, e);
            return self.setattr(&cm, "unraisable", args);
        }
        if let Some(hook) = crate::builtins::user_unraisablehook(self) {
            let args = crate::builtins::unraisable_args(self, object, err_msg, e);
            return match self.call(&hook, crate::value::Args::new(vec![args])) {
                Ok(_) => Ok(()),
                // CPython then reports the hook's own failure through its default hook, as
                // text on stderr; that report is not modelled.
                Err(Flow::Exc(_)) => self.unsupported("an exception raised by sys.unraisablehook"),
                Err(fatal) => Err(fatal),
            };
        }
        self.record_unraisable(&object, err_msg, e);
        Ok(())
    }

    /// Record an `unraisable` event for exception `e` raised in `object`'s finalizer (`object`
    /// None: the message names it).
    pub fn record_unraisable(&mut self, object: &Value, err_msg: Option<String>, e: Value) {
        let object = match object {
            Value::None => String::new(),
            o => self.safe_repr(o),
        };
        let exception = self.exception_info(&e);
        drop(e);
        self.rec.add(Event::Unraisable {
            message: err_msg.unwrap_or_else(|| "Exception ignored in".into()),
            object,
            exception,
        });
    }
}

/// What the engine was doing when an exception became unraisable (CPython 3.14 names it in the
/// hook's message).
#[derive(Clone, Copy)]
pub(super) enum Ignored {
    ClosingGenerator,
    /// An async generator's finalizer hook (`sys.set_asyncgen_hooks`) failed.
    FinalizingGenerator,
    CallingDeallocator,
}
