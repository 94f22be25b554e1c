//! Async generators (PEP 525): the asend/athrow/aclose awaitables that drive them, the
//! "already running" and reuse rules, `anext()`'s default, and the firstiter/finalizer hooks.
//!
//! An async generator is a generator whose frame yields two kinds of values: its own `yield`s
//! (which end the current asend/athrow with StopIteration(value)) and the values of the
//! `await`s it is suspended in (which pass through to whoever drives the awaitable). The
//! frame tells them apart: it is suspended at its `yield from` only in an `await`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::coro::{AwaitKind, AwaitState, Awaitable};
use super::{GenResult, GenStatus, Generator};
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::ExcKind;
use crate::vm::{Resume, Vm};

/// Whether an awaitable is driving the async generator (`ag_running_async`) and whether it was
/// closed (`ag_closed`: aclose() began or it finished), as one state.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AgenMode {
    Idle,
    Busy,
    Closed,
    ClosedBusy,
}

impl AgenMode {
    pub fn busy(self) -> bool {
        matches!(self, AgenMode::Busy | AgenMode::ClosedBusy)
    }

    pub fn closed(self) -> bool {
        matches!(self, AgenMode::Closed | AgenMode::ClosedBusy)
    }

    fn with_busy(self, busy: bool) -> AgenMode {
        match (self.closed(), busy) {
            (false, false) => AgenMode::Idle,
            (false, true) => AgenMode::Busy,
            (true, false) => AgenMode::Closed,
            (true, true) => AgenMode::ClosedBusy,
        }
    }

    fn with_closed(self) -> AgenMode {
        if self.busy() {
            AgenMode::ClosedBusy
        } else {
            AgenMode::Closed
        }
    }
}

/// What an async generator has beyond a generator.
pub struct AgenData {
    pub mode: Cell<AgenMode>,
    /// None until the first awaitable is made (`ag_hooks_inited`); then the finalizer hook in
    /// effect at that moment, if any.
    pub hooks: RefCell<Option<Option<Value>>>,
}

impl AgenData {
    pub fn new() -> AgenData {
        AgenData {
            mode: Cell::new(AgenMode::Idle),
            hooks: RefCell::new(None),
        }
    }
}

impl Generator {
    fn agen_mode(&self) -> AgenMode {
        self.agen.as_ref().map_or(AgenMode::Idle, |a| a.mode.get())
    }

    fn set_agen_mode(&self, m: AgenMode) {
        if let Some(a) = &self.agen {
            a.mode.set(m);
        }
    }

    /// `ag_running` (an awaitable is driving it).
    pub fn agen_busy(&self) -> bool {
        self.agen_mode().busy()
    }

    /// The finalizer hook it took when its hooks were initialized, unless it was closed.
    pub fn agen_finalizer(&self) -> Option<Value> {
        let a = self.agen.as_ref()?;
        if a.mode.get().closed() {
            return None;
        }
        a.hooks.borrow().clone().flatten()
    }
}

impl Vm {
    /// `async_gen_init_hooks`: the first awaitable made for `agen` takes the finalizer hook
    /// and calls the firstiter hook.
    fn agen_init_hooks(&mut self, agen: &Rc<Generator>) -> PyResult<()> {
        let Some(data) = &agen.agen else {
            return Ok(());
        };
        if data.hooks.borrow().is_some() {
            return Ok(());
        }
        let (firstiter, finalizer) = self.asyncgen_hooks.clone();
        *data.hooks.borrow_mut() = Some(finalizer);
        if let Some(f) = firstiter {
            self.call(&f, Args::new(vec![Value::Generator(agen.clone())]))?;
        }
        Ok(())
    }

    /// `agen.asend(v)`, `agen.__anext__()`, `agen.athrow(...)`, `agen.aclose()`.
    pub(crate) fn agen_method(
        &mut self,
        agen: &Rc<Generator>,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let kind = match name {
            "__anext__" | "asend" => {
                let value = if name == "asend" {
                    self.exact_args("asend", &args, 1)?;
                    args.into_iter().next().unwrap_or(Value::None)
                } else {
                    Value::None
                };
                AwaitKind::ASend {
                    agen: agen.clone(),
                    value,
                }
            }
            "athrow" => {
                if args.len() > 1 && self.rules.throw_signature_deprecated {
                    self.warn(
                        ExcKind::DeprecationWarning,
                        "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
                    )?;
                }
                // 3.15 checks the arguments when the awaitable is made, after the
                // deprecation warning and the firstiter hook (before: when sent).
                if self.rules.athrow_checks_arity && !(1..=3).contains(&args.len()) {
                    self.agen_init_hooks(agen)?;
                    let bound = if args.is_empty() {
                        "at least 1 argument"
                    } else {
                        "at most 3 arguments"
                    };
                    return Err(
                        self.type_error(format!("athrow expected {bound}, got {}", args.len()))
                    );
                }
                AwaitKind::AThrow {
                    agen: agen.clone(),
                    args: Some(args),
                }
            }
            _ => {
                self.exact_args("aclose", &args, 0)?;
                AwaitKind::AThrow {
                    agen: agen.clone(),
                    args: None,
                }
            }
        };
        self.agen_init_hooks(agen)?;
        Ok(Awaitable::value(kind))
    }

    fn exact_args(&self, name: &str, args: &[Value], n: usize) -> PyResult<()> {
        if args.len() == n {
            return Ok(());
        }
        Err(self.type_error(match n {
            0 => format!("{name}() takes no arguments ({} given)", args.len()),
            _ => format!("{name}() takes exactly one argument ({} given)", args.len()),
        }))
    }

    /// `async_gen_unwrap_value`: what one resume of `agen` means to the awaitable driving it.
    fn agen_unwrap(&mut self, agen: &Generator, r: PyResult<GenResult>) -> PyResult<Value> {
        match r {
            Ok(GenResult::Yield(v)) => {
                if self.agen_in_await(agen) {
                    return Ok(v);
                }
                agen.set_agen_mode(agen.agen_mode().with_busy(false));
                // 3.14: the StopIteration always carries the value, None too.
                if self.rules.agen_yield_stop_has_value {
                    return Err(self.err_args(ExcKind::StopIteration, vec![v]));
                }
                Err(self.stop_iteration(v))
            }
            Ok(GenResult::Return(_)) => {
                agen.set_agen_mode(AgenMode::Closed);
                Err(self.err_args(ExcKind::StopAsyncIteration, vec![]))
            }
            Err(Flow::Exc(e)) => {
                let mut m = agen.agen_mode().with_busy(false);
                if self.is_exc_instance(&e, ExcKind::StopAsyncIteration)
                    || self.is_exc_instance(&e, ExcKind::GeneratorExit)
                {
                    m = m.with_closed();
                }
                agen.set_agen_mode(m);
                Err(Flow::Exc(e))
            }
            Err(fatal) => Err(fatal),
        }
    }

    /// Is the suspended `agen` in an `await` (rather than at one of its own `yield`s)?
    fn agen_in_await(&self, agen: &Generator) -> bool {
        agen.status() == GenStatus::Suspended && self.gen_yf(agen).is_some()
    }

    /// `send(v)` (and `__next__`, v None) on an awaitable.
    pub(crate) fn await_send(&mut self, aw: &Rc<Awaitable>, v: Value) -> PyResult<Value> {
        match &aw.kind {
            AwaitKind::CoroWrapper(g) => {
                let g = g.clone();
                self.gen_send(&g, v)
            }
            AwaitKind::ASend { agen, value } => {
                let agen = agen.clone();
                let v = match aw.state.get() {
                    AwaitState::Closed => {
                        return Err(self.err(
                            ExcKind::RuntimeError,
                            "cannot reuse already awaited __anext__()/asend()",
                        ))
                    }
                    AwaitState::Init => {
                        if agen.agen_busy() {
                            // 3.13 closes the awaitable (it is not reported as never awaited).
                            if self.awaitable_starts_on_throw() {
                                aw.state.set(AwaitState::Closed);
                            }
                            return Err(self.err(
                                ExcKind::RuntimeError,
                                "anext(): asynchronous generator is already running",
                            ));
                        }
                        aw.state.set(AwaitState::Iter);
                        if v.is_none() {
                            value.clone()
                        } else {
                            v
                        }
                    }
                    AwaitState::Iter => v,
                };
                agen.set_agen_mode(agen.agen_mode().with_busy(true));
                let r = self.gen_resume(&agen, Resume::Send(v));
                let r = self.agen_unwrap(&agen, r);
                if r.is_err() {
                    aw.state.set(AwaitState::Closed);
                }
                r
            }
            AwaitKind::AThrow { agen, args } => {
                let agen = agen.clone();
                self.athrow_send(aw, &agen, args.as_deref(), v)
            }
            AwaitKind::ANext { awaitable, default } => {
                let (awaitable, default) = (awaitable.clone(), default.clone());
                self.anext_step(aw, &awaitable, &default, |vm, it| match v {
                    Value::None => vm.next_raw(it),
                    v => {
                        let m = vm.getattr(it, "send")?;
                        vm.call(&m, Args::new(vec![v]))
                    }
                })
            }
        }
    }

    /// `async_gen_athrow_send`.
    fn athrow_send(
        &mut self,
        aw: &Rc<Awaitable>,
        agen: &Rc<Generator>,
        args: Option<&[Value]>,
        v: Value,
    ) -> PyResult<Value> {
        if aw.state.get() == AwaitState::Closed {
            return Err(self.err(
                ExcKind::RuntimeError,
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        if agen.status() == GenStatus::Closed
            || (self.rules.athrow_running_frame_stops && agen.status() == GenStatus::Running)
        {
            aw.state.set(AwaitState::Closed);
            return Err(self.stop_iteration(Value::None));
        }
        let r = if aw.state.get() == AwaitState::Init {
            if agen.agen_busy() {
                aw.state.set(AwaitState::Closed);
                let which = if args.is_none() { "aclose" } else { "athrow" };
                return Err(self.err(
                    ExcKind::RuntimeError,
                    format!("{which}(): asynchronous generator is already running"),
                ));
            }
            if agen.agen_mode().closed() {
                aw.state.set(AwaitState::Closed);
                return Err(self.err_args(ExcKind::StopAsyncIteration, vec![]));
            }
            if !v.is_none() {
                return Err(self.err(
                    ExcKind::RuntimeError,
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            aw.state.set(AwaitState::Iter);
            agen.set_agen_mode(agen.agen_mode().with_busy(true));
            match args {
                None => {
                    agen.set_agen_mode(AgenMode::ClosedBusy);
                    let ge = Value::Class(self.types.exc(ExcKind::GeneratorExit).clone());
                    let r = self.gen_throw_args(agen, vec![ge]);
                    return self.aclose_result(aw, agen, r);
                }
                Some(a) => {
                    // Checked only now, with the generator already marked running (as
                    // CPython's PyArg_UnpackTuple here leaves it).
                    if a.is_empty() || a.len() > 3 {
                        return Err(self.type_error(format!(
                            "athrow expected {}, got {}",
                            if a.is_empty() {
                                "at least 1 argument"
                            } else {
                                "at most 3 arguments"
                            },
                            a.len()
                        )));
                    }
                    let r = self.gen_throw_args(agen, a.to_vec());
                    self.agen_unwrap(agen, r)
                }
            }
        } else {
            let r = self.gen_resume(agen, Resume::Send(v));
            return match args {
                None => self.aclose_result(aw, agen, r),
                // Later steps of athrow() report the generator's yields and errors but leave
                // the awaitable usable (CPython returns async_gen_unwrap_value's result as is).
                Some(_) => self.agen_unwrap(agen, r),
            };
        };
        self.athrow_done(aw, agen, args.is_none(), r)
    }

    /// What one resume of `agen` by aclose() gives: its own `yield` means it ignored
    /// GeneratorExit; an await passes its value through.
    fn aclose_result(
        &mut self,
        aw: &Rc<Awaitable>,
        agen: &Rc<Generator>,
        r: PyResult<GenResult>,
    ) -> PyResult<Value> {
        // In send() the step always ends the awaitable on an error.
        self.aclose_throw_result(aw, agen, r, true)
    }

    /// What `throw()` on an aclose() awaitable gives (`async_gen_athrow_throw` in aclose()
    /// mode): a yield of the generator's own is 'ignored GeneratorExit'; StopAsyncIteration
    /// and GeneratorExit become the awaitable's StopIteration; the awaitable ends on an error
    /// only where `error_closes` (3.13+).
    fn aclose_throw_result(
        &mut self,
        aw: &Rc<Awaitable>,
        agen: &Rc<Generator>,
        r: PyResult<GenResult>,
        error_closes: bool,
    ) -> PyResult<Value> {
        let e = match r {
            Ok(GenResult::Yield(v)) if self.agen_in_await(agen) => return Ok(v),
            Ok(GenResult::Yield(v)) => {
                drop(v);
                agen.set_agen_mode(agen.agen_mode().with_busy(false));
                aw.state.set(AwaitState::Closed);
                return Err(self.err(
                    ExcKind::RuntimeError,
                    "async generator ignored GeneratorExit",
                ));
            }
            Ok(GenResult::Return(_)) => self.err_args(ExcKind::StopAsyncIteration, vec![]),
            Err(e) => e,
        };
        if error_closes {
            agen.set_agen_mode(agen.agen_mode().with_busy(false));
            aw.state.set(AwaitState::Closed);
        }
        match e {
            Flow::Exc(e)
                if self.is_exc_instance(&e, ExcKind::StopAsyncIteration)
                    || self.is_exc_instance(&e, ExcKind::GeneratorExit) =>
            {
                drop(e);
                Err(self.stop_iteration(Value::None))
            }
            e => Err(e),
        }
    }

    /// The end of an athrow()/aclose() step that raised (`check_error`): aclose() reports a
    /// StopAsyncIteration or GeneratorExit as its own StopIteration.
    fn athrow_done(
        &mut self,
        aw: &Rc<Awaitable>,
        agen: &Rc<Generator>,
        aclose: bool,
        r: PyResult<Value>,
    ) -> PyResult<Value> {
        match r {
            Ok(v) => Ok(v),
            Err(Flow::Exc(e)) => {
                agen.set_agen_mode(agen.agen_mode().with_busy(false));
                aw.state.set(AwaitState::Closed);
                if aclose
                    && (self.is_exc_instance(&e, ExcKind::StopAsyncIteration)
                        || self.is_exc_instance(&e, ExcKind::GeneratorExit))
                {
                    drop(e);
                    return Err(self.stop_iteration(Value::None));
                }
                Err(Flow::Exc(e))
            }
            Err(fatal) => Err(fatal),
        }
    }

    /// `throw(...)` on an awaitable.
    pub(crate) fn await_throw(&mut self, aw: &Rc<Awaitable>, args: Vec<Value>) -> PyResult<Value> {
        if args.is_empty() || args.len() > 3 {
            return Err(self.type_error(format!(
                "throw expected {}, got {}",
                if args.is_empty() {
                    "at least 1 argument"
                } else {
                    "at most 3 arguments"
                },
                args.len()
            )));
        }
        match &aw.kind {
            AwaitKind::CoroWrapper(g) => {
                let g = g.clone();
                self.gen_throw_method(&g, args)
            }
            AwaitKind::ASend { agen, .. } => {
                if aw.state.get() == AwaitState::Closed {
                    return Err(self.err(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited __anext__()/asend()",
                    ));
                }
                let agen = agen.clone();
                if self.awaitable_starts_on_throw() && aw.state.get() == AwaitState::Init {
                    if agen.agen_busy() {
                        aw.state.set(AwaitState::Closed);
                        return Err(self.err(
                            ExcKind::RuntimeError,
                            "anext(): asynchronous generator is already running",
                        ));
                    }
                    aw.state.set(AwaitState::Iter);
                    agen.set_agen_mode(agen.agen_mode().with_busy(true));
                }
                self.throw_deprecation(&args)?;
                let r = self.gen_throw_args(&agen, args);
                let r = self.agen_unwrap(&agen, r);
                if r.is_err() {
                    aw.state.set(AwaitState::Closed);
                }
                r
            }
            AwaitKind::AThrow { agen, args: own } => {
                if aw.state.get() == AwaitState::Closed {
                    return Err(self.err(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited aclose()/athrow()",
                    ));
                }
                let agen = agen.clone();
                let aclose = own.is_none();
                if self.awaitable_starts_on_throw() && aw.state.get() == AwaitState::Init {
                    if agen.agen_busy() {
                        aw.state.set(AwaitState::Closed);
                        let which = if aclose { "aclose" } else { "athrow" };
                        return Err(self.err(
                            ExcKind::RuntimeError,
                            format!("{which}(): asynchronous generator is already running"),
                        ));
                    }
                    aw.state.set(AwaitState::Iter);
                    agen.set_agen_mode(agen.agen_mode().with_busy(true));
                }
                self.throw_deprecation(&args)?;
                let r = self.gen_throw_args(&agen, args);
                // 3.13 ends the awaitable when the throw raises; before, only a yield in
                // aclose() mode ends it.
                let error_closes = self.awaitable_starts_on_throw();
                if aclose {
                    return self.aclose_throw_result(aw, &agen, r, error_closes);
                }
                let r = self.agen_unwrap(&agen, r);
                if error_closes && r.is_err() {
                    aw.state.set(AwaitState::Closed);
                }
                r
            }
            AwaitKind::ANext { awaitable, default } => {
                let (awaitable, default) = (awaitable.clone(), default.clone());
                self.anext_step(aw, &awaitable, &default, |vm, it| {
                    let m = vm.getattr(it, "throw")?;
                    vm.call(&m, Args::new(args))
                })
            }
        }
    }

    fn throw_deprecation(&mut self, args: &[Value]) -> PyResult<()> {
        if args.len() > 1 && self.rules.throw_signature_deprecated {
            self.warn(
                ExcKind::DeprecationWarning,
                "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            )?;
        }
        Ok(())
    }

    /// `close()` on an awaitable.
    pub(crate) fn await_close(&mut self, aw: &Rc<Awaitable>) -> PyResult<Value> {
        match &aw.kind {
            AwaitKind::CoroWrapper(g) => {
                let g = g.clone();
                self.gen_close(&g)
            }
            AwaitKind::ANext { .. } => {
                let inner = aw.inner.borrow().clone();
                match inner {
                    Some(it) => {
                        let m = self.getattr(&it, "close")?;
                        self.call(&m, Args::default())
                    }
                    None => Ok(Value::None),
                }
            }
            _ if aw.state.get() == AwaitState::Closed => Ok(Value::None),
            // 3.13: closing an asend/athrow awaitable throws GeneratorExit through it.
            _ if self.awaitable_starts_on_throw() => {
                let ge = Value::Class(self.types.exc(ExcKind::GeneratorExit).clone());
                match self.await_throw(aw, vec![ge]) {
                    Ok(v) => {
                        drop(v);
                        Err(self.err(ExcKind::RuntimeError, "coroutine ignored GeneratorExit"))
                    }
                    Err(Flow::Exc(e))
                        if self.is_exc_instance(&e, ExcKind::StopIteration)
                            || self.is_exc_instance(&e, ExcKind::StopAsyncIteration)
                            || self.is_exc_instance(&e, ExcKind::GeneratorExit) =>
                    {
                        Ok(Value::None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                aw.state.set(AwaitState::Closed);
                Ok(Value::None)
            }
        }
    }

    /// 3.13: throw() and close() on an asend/athrow awaitable that was never sent start it
    /// (with the already-running check), as send() does.
    fn awaitable_starts_on_throw(&self) -> bool {
        self.rules.agen_awaitable_starts_on_throw
    }

    /// One step of `anext(it, default)`'s awaitable: start the wrapped awaitable's iterator
    /// on the first step, run `step` on it, and turn StopAsyncIteration into
    /// StopIteration(default).
    fn anext_step(
        &mut self,
        aw: &Rc<Awaitable>,
        awaitable: &Value,
        default: &Value,
        step: impl FnOnce(&mut Self, &Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let started = aw.inner.borrow().clone();
        let it = match started {
            Some(it) => it,
            None => {
                let it = self.awaitable_iter(awaitable.clone())?;
                *aw.inner.borrow_mut() = Some(it.clone());
                it
            }
        };
        match step(self, &it) {
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopAsyncIteration) => {
                drop(e);
                Err(self.stop_iteration(default.clone()))
            }
            r => r,
        }
    }

    /// The iterator that drives an awaitable `anext()` got from `__anext__`.
    fn awaitable_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Awaitable(_) = v {
            return Ok(v);
        }
        self.get_awaitable(v, 0)
    }

    /// `anext(it[, default])` (3.10+).
    pub(crate) fn builtin_anext(&mut self, args: Vec<Value>) -> PyResult<Value> {
        let n = args.len();
        if n == 0 || n > 2 {
            return Err(self.type_error(format!(
                "anext expected at {} {}, got {n}",
                if n == 0 { "least" } else { "most" },
                if n == 0 { "1 argument" } else { "2 arguments" }
            )));
        }
        let mut it = args.into_iter();
        let target = it.next().unwrap_or(Value::None);
        let Some(method) = self.lookup_special(&target, "__anext__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an async iterator",
                self.type_name(&target)
            )));
        };
        let awaitable = self.call(&method, Args::default())?;
        match it.next() {
            None => Ok(awaitable),
            Some(default) => Ok(Awaitable::value(AwaitKind::ANext { awaitable, default })),
        }
    }

    /// `aiter(it)` (3.10+).
    pub(crate) fn builtin_aiter(&mut self, args: Vec<Value>) -> PyResult<Value> {
        if args.len() != 1 {
            return Err(self.type_error(format!(
                "aiter() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        let target = &args[0];
        let Some(method) = self.lookup_special(target, "__aiter__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an async iterable",
                self.type_name(target)
            )));
        };
        let it = self.call(&method, Args::default())?;
        if self.lookup_special(&it, "__anext__").is_none() {
            return Err(self.bad_special_return(
                target,
                "__aiter__",
                crate::vm::Returns::AsyncIterator,
                &it,
            ));
        }
        Ok(it)
    }

    /// The `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)` builtin.
    pub(crate) fn set_asyncgen_hooks(&mut self, args: Args) -> PyResult<Value> {
        // PyArg_ParseTupleAndKeywords("|OO") without a function name: its messages.
        let given = args.pos.len() + args.kw.len();
        if given > 2 {
            return Err(self.type_error(format!(
                "function takes at most 2 arguments ({given} given)"
            )));
        }
        let mut firstiter = args.pos.first().cloned();
        let mut finalizer = args.pos.get(1).cloned();
        for (k, v) in args.kw {
            let (slot, pos) = match &*k {
                "firstiter" => (&mut firstiter, 1),
                "finalizer" => (&mut finalizer, 2),
                other => {
                    return Err(
                        self.type_error(if self.rules.zip_unexpected_keyword_message {
                            format!("this function got an unexpected keyword argument '{other}'")
                        } else {
                            format!("'{other}' is an invalid keyword argument for this function")
                        }),
                    )
                }
            };
            if slot.is_some() {
                return Err(self.type_error(format!(
                    "argument for function given by name ('{k}') and position ({pos})"
                )));
            }
            *slot = Some(v);
        }
        let check = |vm: &mut Self, name: &str, v: &Option<Value>| -> PyResult<()> {
            match v {
                Some(v) if !v.is_none() && !callable(vm, v) => {
                    Err(vm.type_error(format!("callable {name} expected, got {}", vm.type_name(v))))
                }
                _ => Ok(()),
            }
        };
        // CPython checks (and sets) the finalizer first.
        check(self, "finalizer", &finalizer)?;
        check(self, "firstiter", &firstiter)?;
        let norm = |v: Value| if v.is_none() { None } else { Some(v) };
        if let Some(f) = finalizer {
            self.asyncgen_hooks.1 = norm(f);
        }
        if let Some(f) = firstiter {
            self.asyncgen_hooks.0 = norm(f);
        }
        Ok(Value::None)
    }
}

/// `callable(v)`.
fn callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Func(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
        _ => false,
    }
}
