//! Generator objects and the whole generator protocol: send/next/throw/close, `yield from`
//! delegation of throw/close, PEP 479, and finalization on drop (with unraisable reports).
//!
//! A generator owns its suspended frame. Its state is one enum. Dropping a suspended
//! generator queues its frame for finalization; the VM runs the queue right after the
//! instruction that dropped it, which is where CPython's refcounting would have run it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::compile::Code;
use crate::value::Flow;
use crate::value::{Args, Function, PyResult, Str, Value};
use crate::vm::{Exit, Frame, Resume, Vm};

mod asyncgen;
mod chain;
mod coro;
mod finalize;
pub(crate) mod introspect;
mod observe;
mod pending;
mod warn;
use crate::vm::ExcKind;
pub use asyncgen::AgenData;
pub(crate) use chain::Level;
pub use coro::{AwaitKind, Awaitable};
use finalize::Ignored;
pub(crate) use pending::Pending;
pub use pending::{
    collect_cycles, disable_finalizers, enabled as finalizers_enabled, queue_del, release_frame,
    release_frame_in, release_in_order, release_kept_locals, FrameClear,
};

/// Where a generator is in its life. The frame is part of the states that have one, so a
/// created or suspended generator without a frame, or a closed one with a frame, cannot be
/// built. Coroutines and async generators are generator objects of another kind and share
/// this state.
pub enum GenState {
    /// Not started yet.
    Created(Box<Frame>),
    /// Stopped at a `yield`.
    Suspended(Box<Frame>),
    /// Suspended in a `yield from` whose delegate's close() or throw() is running: it counts
    /// as running (a resume fails), and its frame stays visible, as in CPython.
    Delegating(Box<Frame>),
    /// Its frame is running (the frame is with the VM meanwhile).
    Running,
    /// Finished, closed or failed: no frame.
    Closed,
    /// Closed before it started, on CPython 3.12-3.13: close() marks a just-created generator
    /// finished without clearing its frame, so its arguments go with the generator object.
    /// Otherwise it is `Closed` (no visible frame, nothing to resume).
    ClosedKeepingFrame(#[allow(dead_code)] Box<Frame>), // held for its release
}

/// A generator's state without its frame (`inspect.getgeneratorstate`, gi_running).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Closed,
}

impl GenStatus {
    /// The name `inspect.getgeneratorstate` (and, from 3.15, `gi_state`) gives the state.
    pub fn name(self) -> &'static str {
        match self {
            GenStatus::Created => "GEN_CREATED",
            GenStatus::Running => "GEN_RUNNING",
            GenStatus::Suspended => "GEN_SUSPENDED",
            GenStatus::Closed => "GEN_CLOSED",
        }
    }

    /// The state's name without its kind's prefix (`CREATED`: `GEN_CREATED`, `CORO_CREATED`).
    pub fn suffix(self) -> &'static str {
        &self.name()[4..]
    }
}

impl GenState {
    pub fn status(&self) -> GenStatus {
        match self {
            GenState::Created(_) => GenStatus::Created,
            GenState::Suspended(_) => GenStatus::Suspended,
            GenState::Delegating(_) | GenState::Running => GenStatus::Running,
            GenState::Closed | GenState::ClosedKeepingFrame(_) => GenStatus::Closed,
        }
    }

    /// The frame, when it is not running.
    pub fn frame(&self) -> Option<&Frame> {
        match self {
            GenState::Created(f) | GenState::Suspended(f) | GenState::Delegating(f) => Some(f),
            GenState::Running | GenState::Closed | GenState::ClosedKeepingFrame(_) => None,
        }
    }
}

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

pub struct Generator {
    /// Stable fake address (survives resurrection for finalization).
    pub addr: usize,
    pub code: Rc<Code>,
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    pub state: RefCell<GenState>,
    /// The generator's own handled-exception state (gi_exc_state).
    pub exc_item: RefCell<Option<Value>>,
    /// Its finalizer has run (PEP 442: at most once, even when the generator is resurrected
    /// and suspended again); not a state of its own, CPython keeps it in the GC header.
    pub finalized: Cell<bool>,
    /// The async generator's own state (None for generators and coroutines).
    pub agen: Option<Box<AgenData>>,
    /// A coroutine's `cr_origin` (None unless origin tracking was on when it was created).
    pub origin: Option<Value>,
    /// Its frame object, once `gi_frame` made one (one per generator, as in CPython).
    pub frame_obj: RefCell<std::rc::Weak<crate::value::FrameInfo>>,
}

impl Generator {
    pub fn new(frame: Box<Frame>, f: &Function) -> Generator {
        let frame_kind = frame.code.gen_kind.get();
        Generator {
            addr: crate::heap::fresh_addr(),
            code: frame.code.clone(),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            state: RefCell::new(GenState::Created(frame)),
            exc_item: RefCell::new(None),
            finalized: Cell::new(false),
            agen: (frame_kind == crate::compile::GenKind::AsyncGenerator)
                .then(|| Box::new(AgenData::new())),
            origin: None,
            frame_obj: RefCell::new(std::rc::Weak::new()),
        }
    }

    pub fn frame_line(&self) -> u32 {
        match self.state.try_borrow() {
            Ok(st) => match st.frame() {
                Some(fr) if fr.pc > 0 => fr.line(),
                _ => self.code.firstlineno,
            },
            Err(_) => self.code.firstlineno,
        }
    }

    pub fn status(&self) -> GenStatus {
        self.state.borrow().status()
    }

    /// Take the frame out to run it: a created or suspended generator is running from now
    /// on, and the status it had comes back with its frame; any other state stays as it is
    /// and comes back as the error.
    #[inline]
    pub(crate) fn take_frame(&self) -> Result<(GenStatus, Box<Frame>), GenStatus> {
        let mut st = self.state.borrow_mut();
        match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Created(f) => Ok((GenStatus::Created, f)),
            GenState::Suspended(f) => Ok((GenStatus::Suspended, f)),
            other => {
                let status = other.status();
                *st = other;
                Err(status)
            }
        }
    }

    /// Give back a frame taken by [`Generator::take_frame`] that did not run: the generator
    /// is in `status` (created or suspended) again.
    fn put_back(&self, status: GenStatus, frame: Box<Frame>) {
        *self.state.borrow_mut() = match status {
            GenStatus::Created => GenState::Created(frame),
            _ => GenState::Suspended(frame),
        };
    }

    /// Mark a suspended generator as delegating (`on`) or suspended again.
    fn set_delegating(&self, on: bool) {
        let mut st = self.state.borrow_mut();
        *st = match std::mem::replace(&mut *st, GenState::Running) {
            GenState::Suspended(f) if on => GenState::Delegating(f),
            GenState::Delegating(f) if !on => GenState::Suspended(f),
            other => other,
        };
    }
}

impl Generator {
    /// Give the frame of a generator that is finished (or going) to its frame object, when
    /// one lives on (CPython's `take_ownership`); otherwise hand it back.
    pub(crate) fn retire_frame(
        &self,
        frame: Box<Frame>,
        how: crate::value::Retired,
    ) -> Option<Box<Frame>> {
        match self.frame_obj.borrow().upgrade() {
            Some(fo) => match &*fo {
                crate::value::FrameInfo::Generator(gf) => {
                    gf.retired.set(how);
                    let old = gf.finished.replace(Some(frame));
                    drop(old);
                    None
                }
                crate::value::FrameInfo::Traceback(_) => Some(frame),
            },
            None => Some(frame),
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        if !self.needs_finalizer() {
            // A frame object that outlives its generator keeps the frame.
            if self.frame_obj.get_mut().strong_count() > 0 {
                use crate::value::Retired;
                let frame = match std::mem::replace(self.state.get_mut(), GenState::Closed) {
                    GenState::Created(f) => Some((f, Retired::DroppedCreated)),
                    GenState::Suspended(f) => Some((f, Retired::Finished)),
                    GenState::ClosedKeepingFrame(f) => Some((f, Retired::ClosedCreated)),
                    other => {
                        *self.state.get_mut() = other;
                        None
                    }
                };
                if let Some((f, how)) = frame {
                    drop(self.retire_frame(f, how));
                }
            }
            return;
        }
        let (created, frame) = match std::mem::replace(self.state.get_mut(), GenState::Closed) {
            GenState::Suspended(f) => (false, f),
            GenState::Created(f) => (true, f),
            other => {
                *self.state.get_mut() = other;
                return;
            }
        };
        if self.finalized.get() {
            // Still suspended after its finalizer (it ignored GeneratorExit): the frame is
            // cleared now, unless it sits in a traceback cycle.
            if pending::enabled() && pending::frame_in_tb_cycle(&frame) {
                pending::keep_in_cycle(*frame);
            }
            return;
        }
        if !pending::enabled() {
            return;
        }
        let g = Generator {
            addr: self.addr,
            code: self.code.clone(),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            state: RefCell::new(if created {
                GenState::Created(frame)
            } else {
                GenState::Suspended(frame)
            }),
            exc_item: RefCell::new(self.exc_item.get_mut().take()),
            finalized: Cell::new(true),
            agen: self.agen.take(),
            origin: self.origin.take(),
            frame_obj: RefCell::new(self.frame_obj.take()),
        };
        pending::queue_finalizer(g);
    }
}

fn gen_exit_matches(vm: &Vm, typ: &Value) -> bool {
    let ge = vm.types.exc(ExcKind::GeneratorExit);
    match typ {
        Value::Class(c) => c.is_subclass_of(ge),
        Value::Instance(i) if i.exc.is_some() => i.class.is_subclass_of(ge),
        _ => false,
    }
}

impl Vm {
    /// Run `work` (a delegate's close() or throw()) with `g` marked running, and finalize what
    /// it dropped before `g` is unmarked: CPython finalizes at the last decref, inside that
    /// call, so a finalizer that touches the delegating generator finds it executing.
    fn while_delegating<T>(
        &mut self,
        g: &Generator,
        work: impl FnOnce(&mut Self) -> T,
    ) -> PyResult<T> {
        g.set_delegating(true);
        let r = work(self);
        let flushed = if self.heap.has_pending() {
            self.run_finalizers()
        } else {
            Ok(())
        };
        g.set_delegating(false);
        flushed.map(|()| r)
    }

    /// The subiterator of a generator suspended in `yield from`.
    pub fn gen_yf(&self, g: &Generator) -> Option<Value> {
        match &*g.state.borrow() {
            GenState::Suspended(f) if f.at_yield_from() => {
                f.stack.last().map(crate::value::Iter::shown)
            }
            _ => None,
        }
    }

    /// gen_send_ex2: resume the generator with a value or an exception.
    pub fn gen_resume(&mut self, g: &Rc<Generator>, resume: Resume) -> PyResult<GenResult> {
        // Generators dropped by native code before this resume (e.g. a subiterator closed
        // by throw()) were finalized at once in CPython, in the caller's exception context.
        if self.heap.has_pending() {
            self.run_finalizers()?;
        }
        let (state, mut frame) = match g.take_frame() {
            Ok(taken) => taken,
            Err(GenStatus::Running) => {
                return Err(self.value_error(format!("{} already executing", g.kind().noun())))
            }
            Err(_) if g.kind() == crate::compile::GenKind::Coroutine => {
                return Err(self.err(
                    ExcKind::RuntimeError,
                    "cannot reuse already awaited coroutine",
                ));
            }
            Err(_) => {
                return match resume {
                    Resume::Throw(e) => Err(Flow::Exc(e)),
                    _ => Ok(GenResult::Return(Value::None)),
                }
            }
        };
        if state == GenStatus::Created && matches!(&resume, Resume::Send(v) if !v.is_none()) {
            g.put_back(state, frame);
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {}",
                g.kind().noun()
            )));
        }
        let resume = if state == GenStatus::Created && matches!(resume, Resume::Send(_)) {
            Resume::Start
        } else {
            resume
        };
        if let Err(e) = self.enter_frame() {
            g.put_back(state, frame);
            return Err(e);
        }
        let chain = self.gen_mark_running(g) && self.rules.throw_chains_context;
        if let (Resume::Throw(e), true) = (&resume, chain) {
            self.set_context(e);
            // 3.9-3.11 re-raise it with its stored traceback; what the dropped one held is
            // finalized now, before the frame resumes.
            self.drop_pending_traceback(e);
            if self.heap.has_pending() {
                if let Err(fatal) = self.run_finalizers() {
                    self.depth -= 1;
                    *g.exc_item.borrow_mut() = self.exc_stack.pop().flatten();
                    g.put_back(state, frame);
                    return Err(fatal);
                }
            }
        }
        let thrown = matches!(resume, Resume::Throw(_));
        if self.observing() {
            return self.gen_resume_observed(g, state, frame, resume);
        }
        let r = match resume {
            Resume::Send(v) if frame.at_yield_from() => self.delegate_chain(&mut frame, v),
            resume => self.run_frame(&mut frame, resume),
        };
        self.gen_leave(g, state, thrown, frame, r)
    }

    /// `g` runs (its frame taken by [`Generator::take_frame`]): its own handled exception
    /// goes on the exception stack (the frame's depth is counted by the caller). True when it
    /// was handling one.
    pub(crate) fn gen_mark_running(&mut self, g: &Generator) -> bool {
        let own = g.exc_item.borrow_mut().take();
        let handling = own.is_some();
        self.exc_stack.push(own);
        handling
    }

    /// The end of a resume of `g` whose frame yielded: it is suspended again, with its
    /// handled exception and its frame put back.
    #[inline]
    pub(crate) fn gen_suspend(&mut self, g: &Generator, frame: Box<Frame>) {
        self.depth -= 1;
        let item = self.exc_stack.pop().flatten();
        *g.exc_item.borrow_mut() = item;
        *g.state.borrow_mut() = GenState::Suspended(frame);
    }

    /// The end of a resume of `g` (entered in `state`; `thrown`: by throw()) whose frame left
    /// with `r`: the generator is suspended again or finished (PEP 479 applies).
    pub(crate) fn gen_leave(
        &mut self,
        g: &Generator,
        state: GenStatus,
        thrown: bool,
        frame: Box<Frame>,
        r: PyResult<Exit>,
    ) -> PyResult<GenResult> {
        let r = match r {
            Ok(Exit::Yield(v)) => {
                self.gen_suspend(g, frame);
                return Ok(GenResult::Yield(v));
            }
            Ok(Exit::Return(v)) => Ok(v),
            Err(e) => Err(e),
        };
        self.depth -= 1;
        let item = self.exc_stack.pop().flatten();
        match r {
            Ok(v) => {
                *g.state.borrow_mut() = GenState::Closed;
                drop(item);
                if let Some(mut frame) = g.retire_frame(frame, crate::value::Retired::Finished) {
                    self.recycle(&mut frame);
                }
                Ok(GenResult::Return(v))
            }
            Err(Flow::Exc(e)) => {
                *g.state.borrow_mut() = GenState::Closed;
                drop(item);
                let mut frame = frame;
                if frame.locals.is_empty() && g.frame_obj.borrow().strong_count() > 0 {
                    // The traceback took the locals; the frame object shares them.
                    if let Some(locals) = Vm::kept_locals(&e, frame.id) {
                        *frame.locals = locals;
                    }
                }
                if let Some(mut frame) = g.retire_frame(frame, crate::value::Retired::Finished) {
                    self.recycle(&mut frame);
                }
                // 3.12+: an exception thrown into a just-created generator is raised before
                // the body's PEP 479 handler covers it (a StopIteration raised by the body
                // itself, even on its first run, is converted).
                let fresh_312 =
                    thrown && state == GenStatus::Created && self.rules.fresh_throw_bypasses_pep479;
                let kind = g.kind();
                let stop = if self.is_exc_instance(&e, ExcKind::StopIteration) {
                    Some(ExcKind::StopIteration)
                } else if kind == crate::compile::GenKind::AsyncGenerator
                    && self.is_exc_instance(&e, ExcKind::StopAsyncIteration)
                {
                    Some(ExcKind::StopAsyncIteration)
                } else {
                    None
                };
                if let (true, false, Some(stop)) = (self.rules.pep479, fresh_312, stop) {
                    let cls = self.types.exc(ExcKind::RuntimeError);
                    let msg = format!("{} raised {}", kind.noun(), stop.name());
                    let re = self.new_exception(cls, vec![Value::str(&msg)]);
                    if let Some(d) = re.exc() {
                        let mut d = d.borrow_mut();
                        d.cause = Some(e.clone());
                        d.context = Some(e);
                        d.suppress_context = true;
                    }
                    return Err(Flow::Exc(re));
                }
                Err(Flow::Exc(e))
            }
            Err(fatal) => {
                *g.state.borrow_mut() = GenState::Closed;
                Err(fatal)
            }
        }
    }

    /// `g.send(v)` / `next(g)`.
    pub fn gen_send(&mut self, g: &Rc<Generator>, v: Value) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Send(v))? {
            GenResult::Yield(y) => Ok(y),
            GenResult::Return(r) => Err(self.stop_iteration(r)),
        }
    }

    /// `g.throw(typ[, val[, tb]])`.
    pub fn gen_throw_method(&mut self, g: &Rc<Generator>, args: Vec<Value>) -> PyResult<Value> {
        match self.gen_throw_checked(g, args)? {
            GenResult::Yield(y) => Ok(y),
            GenResult::Return(r) => Err(self.stop_iteration(r)),
        }
    }

    /// throw() with its argument count checked and its 3.12 deprecation warned.
    fn gen_throw_checked(&mut self, g: &Rc<Generator>, args: Vec<Value>) -> PyResult<GenResult> {
        if args.is_empty() {
            return Err(self.type_error("throw expected at least 1 argument, got 0"));
        }
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "throw expected at most 3 arguments, got {}",
                args.len()
            )));
        }
        if args.len() > 1 && self.rules.throw_signature_deprecated {
            self.warn(
                ExcKind::DeprecationWarning,
                "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            )?;
        }
        // 3.15: a finished coroutine refuses before the exception is looked at.
        if self.rules.coro_throw_checks_finished_first
            && g.kind() == crate::compile::GenKind::Coroutine
            && g.status() == GenStatus::Closed
        {
            return Err(self.err(
                ExcKind::RuntimeError,
                "cannot reuse already awaited coroutine",
            ));
        }
        self.gen_throw_args(g, args)
    }

    /// Throw `args` (type[, value[, traceback]]) into `g`.
    pub(crate) fn gen_throw_args(
        &mut self,
        g: &Rc<Generator>,
        args: Vec<Value>,
    ) -> PyResult<GenResult> {
        let mut it = args.into_iter();
        let typ = it.next().unwrap_or(Value::None);
        let val = it.next();
        let tb = it.next();
        self.gen_throw(g, &typ, val.as_ref(), tb.as_ref())
    }

    fn gen_throw(
        &mut self,
        g: &Rc<Generator>,
        typ: &Value,
        val: Option<&Value>,
        tb: Option<&Value>,
    ) -> PyResult<GenResult> {
        if let Some(yf) = self.gen_yf(g) {
            if gen_exit_matches(self, typ) {
                let r = self.while_delegating(g, |vm| vm.gen_close_iter(&yf))?;
                drop(yf);
                match r {
                    Ok(()) => {}
                    Err(Flow::Exc(e)) => return self.gen_resume(g, Resume::Throw(e)),
                    Err(f) => return Err(f),
                }
            } else {
                let outcome: PyResult<GenResult>;
                if let Value::Generator(sub) = &yf {
                    outcome = self.while_delegating(g, |vm| vm.gen_throw(sub, typ, val, tb))?;
                } else {
                    let meth = match self.getattr(&yf, "throw") {
                        Ok(m) => Some(m),
                        Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::AttributeError) => {
                            None
                        }
                        Err(e) => return Err(e),
                    };
                    match meth {
                        None => {
                            drop(yf);
                            return self.throw_here(g, typ, val, tb);
                        }
                        Some(m) => {
                            let mut args = vec![typ.clone()];
                            args.extend(val.cloned());
                            args.extend(tb.cloned());
                            let r = self.while_delegating(g, |vm| vm.call(&m, Args::new(args)))?;
                            outcome = match r {
                                Ok(y) => Ok(GenResult::Yield(y)),
                                Err(Flow::Exc(e))
                                    if self.is_exc_instance(&e, ExcKind::StopIteration) =>
                                {
                                    Ok(GenResult::Return(self.stop_value(&e)))
                                }
                                Err(e) => Err(e),
                            };
                        }
                    }
                }
                drop(yf);
                return match outcome {
                    Ok(GenResult::Yield(y)) => Ok(GenResult::Yield(y)),
                    Ok(GenResult::Return(v)) => self.gen_resume(g, Resume::YieldFromDone(v)),
                    // The subiterator's throw() raised StopIteration: the `yield from` ends
                    // with its value (_gen_throw's "termination repetition").
                    Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => {
                        let v = self.stop_value(&e);
                        drop(e);
                        self.gen_resume(g, Resume::YieldFromDone(v))
                    }
                    Err(Flow::Exc(e)) => self.gen_resume(g, Resume::Throw(e)),
                    Err(f) => Err(f),
                };
            }
        }
        self.throw_here(g, typ, val, tb)
    }

    fn throw_here(
        &mut self,
        g: &Rc<Generator>,
        typ: &Value,
        val: Option<&Value>,
        tb: Option<&Value>,
    ) -> PyResult<GenResult> {
        let tb = match tb {
            None | Some(Value::None) => None,
            Some(Value::Traceback(t)) => Some(t.clone()),
            Some(_) => {
                return Err(self.type_error("throw() third argument must be a traceback object"))
            }
        };
        let exc = match typ {
            Value::Class(c) if c.is_exception() => {
                // As PyErr_NormalizeException: when making the instance fails, the error it
                // raised is what is thrown into the generator.
                let made = match val {
                    None | Some(Value::None) => self.call(typ, Args::default()),
                    Some(v) if self.is_instance_of(v, c) => Ok(v.clone()),
                    Some(Value::Tuple(t)) => self.call(typ, Args::new(t.to_vec())),
                    Some(v) => self.call(typ, Args::new(vec![v.clone()])),
                };
                match made {
                    Ok(e) if e.exc().is_none() => {
                        let r = self.repr(typ)?;
                        let msg = format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            r,
                            self.type_name(&e)
                        );
                        match self.type_error(msg) {
                            Flow::Exc(e) => e,
                            f => return Err(f),
                        }
                    }
                    Ok(e) => e,
                    Err(Flow::Exc(e)) => e,
                    Err(f) => return Err(f),
                }
            }
            Value::Instance(i) if i.exc.is_some() => {
                if let Some(v) = val {
                    if !v.is_none() {
                        return Err(
                            self.type_error("instance exception may not have a separate value")
                        );
                    }
                }
                typ.clone()
            }
            other => {
                return Err(self.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    self.type_name(other)
                )))
            }
        };
        if let (Some(t), Some(d)) = (tb, exc.exc()) {
            d.borrow_mut().traceback = Some(t);
        }
        self.gen_resume(g, Resume::Throw(exc))
    }

    fn gen_close_iter(&mut self, yf: &Value) -> PyResult<()> {
        if let Value::Generator(sub) = yf {
            let sub = sub.clone();
            return self.gen_close(&sub).map(|_| ());
        }
        // CPython's gen_close_iter: a lookup of `close` that fails with something other than
        // AttributeError is reported as unraisable (object: the iterator), and the delegator
        // is closed all the same.
        match self.getattr(yf, "close") {
            Ok(m) => self.call(&m, Args::default()).map(|_| ()),
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::AttributeError) => Ok(()),
            Err(Flow::Exc(e)) => self.unraisable(yf.clone(), Ignored::ClosingGenerator, e),
            Err(e) => Err(e),
        }
    }

    /// `g.close()`.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        let v313 = self.rules.close_returns_value;
        match g.status() {
            GenStatus::Created if self.rules.close_created_skips_run => {
                let old = g.state.replace(GenState::Closed);
                match old {
                    GenState::Created(f) => {
                        match g.retire_frame(f, crate::value::Retired::ClosedCreated) {
                            Some(f) if self.rules.close_created_keeps_frame => {
                                *g.state.borrow_mut() = GenState::ClosedKeepingFrame(f);
                            }
                            // the frame and its locals are released here
                            f => drop(f),
                        }
                    }
                    old => drop(old),
                }
                return Ok(Value::None);
            }
            GenStatus::Closed => return Ok(Value::None),
            _ => {}
        }
        let mut err = None;
        if let Some(yf) = self.gen_yf(g) {
            let r = self.while_delegating(g, |vm| vm.gen_close_iter(&yf))?;
            drop(yf);
            match r {
                Ok(()) => {}
                Err(Flow::Exc(e)) => err = Some(e),
                Err(f) => return Err(f),
            }
        }
        let exc = match err {
            Some(e) => e,
            None => {
                let cls = self.types.exc(ExcKind::GeneratorExit);
                let e = self.new_exception(cls, vec![]);
                if self.rules.throw_chains_context {
                    self.set_context(&e);
                }
                e
            }
        };
        match self.gen_resume(g, Resume::Throw(exc)) {
            Ok(GenResult::Yield(_)) => Err(self.err(
                ExcKind::RuntimeError,
                format!("{} ignored GeneratorExit", g.kind().noun()),
            )),
            // Before 3.15, gen_send_ex turns an async generator's return into
            // StopAsyncIteration, which close() does not swallow: a finalized async generator
            // that returns after GeneratorExit reports it as unraisable.
            Ok(GenResult::Return(_))
                if g.kind() == crate::compile::GenKind::AsyncGenerator
                    && self.rules.agen_close_return_raises =>
            {
                Err(self.err_args(ExcKind::StopAsyncIteration, vec![]))
            }
            Ok(GenResult::Return(v)) => Ok(if v313 { v } else { Value::None }),
            Err(Flow::Exc(e))
                if self.is_exc_instance(&e, ExcKind::GeneratorExit)
                    || self.is_exc_instance(&e, ExcKind::StopIteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}
