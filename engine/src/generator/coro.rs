//! Native coroutines (PEP 492) as the generator machinery sees them: what `await` delegates
//! to (`_PyCoro_GetAwaitableIter`), the coroutine wrapper (`coro.__await__()`), `async for`
//! and `async with` lookups, `types.coroutine`, and the never-awaited warning.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{GenStatus, Generator};
use crate::compile::GenKind;
use crate::value::{Args, Flow, PyResult, Value};
use crate::vm::{ExcKind, Returns, Vm};

/// The state of an awaitable that drives a generator on behalf of its awaiter (CPython's
/// `AWAITABLE_STATE_*`); the coroutine wrapper has none of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// What an [`Awaitable`] object is.
pub enum AwaitKind {
    /// `coro.__await__()`: an iterator that resumes the coroutine.
    CoroWrapper(Rc<Generator>),
    /// `agen.asend(value)` / `agen.__anext__()` (value None).
    ASend { agen: Rc<Generator>, value: Value },
    /// `agen.athrow(...)` with its arguments, or `agen.aclose()` (None).
    AThrow {
        agen: Rc<Generator>,
        args: Option<Vec<Value>>,
    },
    /// `anext(it, default)` (3.10+): the awaitable of `it.__anext__()`, whose
    /// StopAsyncIteration becomes the default.
    ANext { awaitable: Value, default: Value },
}

/// One of the iterator objects `await` drives for coroutines and async generators.
pub struct Awaitable {
    pub kind: AwaitKind,
    pub state: Cell<AwaitState>,
    /// The iterator of the awaitable `anext()` wraps, once it is started.
    pub inner: RefCell<Option<Value>>,
}

impl Awaitable {
    /// A new awaitable object of this kind.
    pub fn value(kind: AwaitKind) -> Value {
        Value::Awaitable(Rc::new(Awaitable {
            kind,
            state: Cell::new(AwaitState::Init),
            inner: RefCell::new(None),
        }))
    }

    /// The Python type name.
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            AwaitKind::CoroWrapper(_) => "coroutine_wrapper",
            AwaitKind::ASend { .. } => "async_generator_asend",
            AwaitKind::AThrow { .. } => "async_generator_athrow",
            AwaitKind::ANext { .. } => "anext_awaitable",
        }
    }
}

impl Drop for Awaitable {
    fn drop(&mut self) {
        if self.state.get() != AwaitState::Init || !super::pending::enabled() {
            return;
        }
        let (agen, method) = match &self.kind {
            AwaitKind::ASend { agen, .. } => (agen, "asend"),
            AwaitKind::AThrow { agen, args } => {
                (agen, if args.is_none() { "aclose" } else { "athrow" })
            }
            _ => return,
        };
        super::pending::queue_unawaited_method(format!(
            "coroutine method '{method}' of '{}' was never awaited",
            agen.qualname.borrow()
        ));
    }
}

impl GenKind {
    /// The type's name (`type(g).__name__`).
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator | GenKind::IterableCoroutine => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    /// How CPython's messages name it ("coroutine already executing").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator | GenKind::IterableCoroutine => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// The prefix of its introspection attributes (`gi_frame`, `cr_frame`, `ag_frame`).
    pub fn attr_prefix(self) -> &'static str {
        match self {
            GenKind::Generator | GenKind::IterableCoroutine => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        }
    }

    /// The prefix of its state names (`GEN_CREATED`, `CORO_CREATED`, `AGEN_CREATED`).
    pub fn state_prefix(self) -> &'static str {
        match self {
            GenKind::Generator | GenKind::IterableCoroutine => "GEN_",
            GenKind::Coroutine => "CORO_",
            GenKind::AsyncGenerator => "AGEN_",
        }
    }

    /// A plain generator (iterable, usable by `for` and `yield from`).
    pub fn is_generator(self) -> bool {
        matches!(self, GenKind::Generator | GenKind::IterableCoroutine)
    }
}

impl Generator {
    pub fn kind(&self) -> GenKind {
        self.code.gen_kind.get()
    }
}

impl Vm {
    /// `_PyCoro_GetAwaitableIter` plus the checks of `GET_AWAITABLE`: the iterator `await v`
    /// delegates to. `at`: 0 `await`, 1 `__aenter__`'s result, 2 `__aexit__`'s result.
    pub(crate) fn get_awaitable(&mut self, v: Value, at: u32) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            match g.kind() {
                GenKind::Coroutine => {
                    if self.gen_yf(g).is_some() {
                        return Err(
                            self.err(ExcKind::RuntimeError, "coroutine is being awaited already")
                        );
                    }
                    return Ok(v);
                }
                GenKind::IterableCoroutine => return Ok(v),
                _ => {}
            }
        }
        let Some(method) = self.lookup_special(&v, "__await__") else {
            let name = self.type_name(&v);
            let msg = match at {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                _ if self.rules.await_error_names_type => format!("'{name}' object can't be awaited"),
                _ => format!("object {name} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        let it = self.call(&method, Args::default())?;
        if let Value::Generator(g) = &it {
            if matches!(g.kind(), GenKind::Coroutine | GenKind::IterableCoroutine) {
                if !self.rules.special_return_must_return {
                    return Err(self.type_error("__await__() returned a coroutine"));
                }
                // 3.15 names the kind "coroutine" whatever the generator's type.
                let owner = self.class_of(&v).trace_name();
                return Err(self.type_error(format!(
                    "{owner}.__await__() must return an iterator, not coroutine"
                )));
            }
        }
        if !self.is_iterator(&it) {
            let legacy = format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            );
            return Err(self.wrong_return(&v, "__await__", Returns::Iterator, &it, legacy));
        }
        Ok(it)
    }

    /// `GET_AITER`: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let Some(method) = self.lookup_special(&v, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(&v)
            )));
        };
        let it = self.call(&method, Args::default())?;
        if self.lookup_special(&it, "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable iterator of `type(it).__anext__(it)`.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        let Some(method) = self.lookup_special(it, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(it)
            )));
        };
        let aw = self.call(&method, Args::default())?;
        if let Value::Awaitable(_) = aw {
            return Ok(aw);
        }
        match self.get_awaitable(aw.clone(), 0) {
            Ok(i) => Ok(i),
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::TypeError) => {
                let err = self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&aw)
                ));
                if let (Flow::Exc(n), Some(d)) = (&err, e.exc()) {
                    let _ = d;
                    if let Some(nd) = n.exc() {
                        nd.borrow_mut().cause = Some(e.clone());
                        nd.borrow_mut().context = Some(e.clone());
                    }
                }
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `async with`: look up `__aenter__` and `__aexit__` (each version's error), return the
    /// bound `__aexit__` and the result of calling `__aenter__`.
    pub(crate) fn async_with_enter(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let rules = self.rules;
        let missing = |vm: &Self, which: &str, hint: &str| {
            if !rules.with_protocol_type_error {
                vm.err(ExcKind::AttributeError, which)
            } else {
                let (name, suggest) = vm.protocol_error_naming(mgr, ["__enter__", "__exit__"]);
                let suggest = if suggest {
                    " but it supports the context manager protocol. Did you mean to use 'with'?"
                } else {
                    ""
                };
                vm.type_error(format!(
                    "'{name}' object does not support the asynchronous context manager \
                     protocol{hint}{suggest}"
                ))
            }
        };
        // 3.8 looks __aexit__ up first (its error names __aexit__), and so does 3.14 (whose
        // error names the missing method); 3.9-3.13 __aenter__ first.
        let exit_first = rules.async_with_exit_first || rules.with_names_missing_method;
        if exit_first && self.lookup_special(mgr, "__aexit__").is_none() {
            return Err(missing(self, "__aexit__", " (missed __aexit__ method)"));
        }
        let Some(enter) = self.lookup_special(mgr, "__aenter__") else {
            let hint = if rules.with_names_missing_method {
                " (missed __aenter__ method)"
            } else {
                ""
            };
            return Err(missing(self, "__aenter__", hint));
        };
        let Some(exit) = self.lookup_special(mgr, "__aexit__") else {
            return Err(missing(self, "__aexit__", " (missed __aexit__ method)"));
        };
        let r = self.call(&enter, Args::default())?;
        Ok((exit, r))
    }

    /// `types.coroutine(func)`: a generator function whose generators `await` accepts.
    pub(crate) fn types_coroutine(&mut self, f: &Value) -> PyResult<Value> {
        match f {
            Value::Func(func) if func.code.is_generator => match func.code.gen_kind.get() {
                GenKind::Generator => {
                    // CPython gives the function a copy of its code with CO_ITERABLE_COROUTINE
                    // and returns the function itself. The engine marks the code in place:
                    // exact when no other function or running frame has that code (the code
                    // of a case's `def` is held by the code that made it and by the
                    // function), and when the code belongs to this run (the modules the
                    // engine writes in Python keep theirs across runs).
                    let own = Rc::ptr_eq(&func.globals, &self.globals)
                        && Rc::strong_count(&func.code) <= 2;
                    if !own {
                        return self.unsupported(
                            "types.coroutine of a generator function whose code another \
                             function or a running generator shares",
                        );
                    }
                    func.code.gen_kind.set(GenKind::IterableCoroutine);
                    Ok(f.clone())
                }
                _ => Ok(f.clone()),
            },
            Value::Func(_) | Value::Method(_) | Value::Builtin(_) | Value::Class(_) => {
                self.unsupported("types.coroutine of a function that is not a generator function")
            }
            _ => Err(self.type_error("types.coroutine() expects a callable")),
        }
    }

    /// A coroutine dropped before it ever ran: CPython's finalizer warns instead of closing it.
    pub(crate) fn warn_never_awaited(&mut self, g: &Generator) -> PyResult<()> {
        let mut msg = format!("coroutine '{}' was never awaited", g.qualname.borrow());
        if let Some(origin) = &g.origin {
            msg.push_str(&self.origin_text(origin));
        }
        self.warn(ExcKind::RuntimeWarning, &msg)
    }
}

impl Generator {
    /// Does dropping it call for a finalizer (closing it, warning that it was never awaited,
    /// or an async generator's finalizer hook)?
    pub(crate) fn needs_finalizer(&self) -> bool {
        match self.status() {
            GenStatus::Suspended => true,
            GenStatus::Created => match self.kind() {
                GenKind::Coroutine => true,
                GenKind::AsyncGenerator => self.agen_finalizer().is_some(),
                _ => false,
            },
            _ => false,
        }
    }
}
