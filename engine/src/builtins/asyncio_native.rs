//! The hot paths of the engine's asyncio (asyncio.py) in Rust: making a loop's `Handle` and
//! running the ready queue (this file), a task's step and wakeup (`asyncio_native_task.rs`).
//! asyncio.py stays the specification: each native here does what the Python code it
//! replaces does (same objects, same attributes in the same order, same order of calls and
//! releases), and hands anything unusual (a subclass, a class changed since the module was
//! made, a rare outcome) back to that Python code.
//!
//! asyncio.py registers its classes and helpers once per import (`_native_setup`); the
//! helpers it calls (`_new_handle`, `_run_ready`) are in its namespace (pymodule.rs).

use std::cell::Cell;
use std::rc::Rc;

use crate::heap::Tracked;
use crate::value::{Args, Class, Flow, Instance, NameMap, PyResult, Str, Truth, Value};
use crate::vm::{ExcKind, Vm};

/// What asyncio.py registered (None before its import, or when a run has no asyncio).
#[derive(Default)]
pub struct Natives {
    pub(super) reg: Option<Rc<Registered>>,
}

/// asyncio.py's classes (each with its version tag when registered: a class changed since
/// takes the Python paths) and the Python functions the natives defer to.
pub(super) struct Registered {
    pub handle: Known,
    pub timer_handle: Known,
    pub loop_: Known,
    pub future: Known,
    pub task: Known,
    pub gathering: Known,
    pub wakeup: Known,
    pub queue: Known,
    pub event: Known,
    pub waiters: Known,
    /// The module's `isfuture`, `_is_coroutine`, `get_running_loop` when registered.
    pub isfuture: Value,
    pub is_coroutine: Value,
    pub get_running_loop: Value,
    /// `Task.__init__` and, up to 3.13, `BaseEventLoop.create_task` (else None).
    pub task_init: Value,
    pub loop_create_task: Value,
    /// `_callback_failed(handle, exc)`: what `Handle._run` does with a callback's exception.
    pub callback_failed: Value,
    /// `_step_returned(task, value)`, `_step_raised(task, exc)`: a step's rare outcomes.
    pub step_returned: Value,
    pub step_raised: Value,
    /// `_current`: the running task of each loop, by `id(loop)`.
    pub current: Value,
    /// `Task._step`.
    pub task_step: Value,
    /// The module's namespace (for its `_REPORT_LINE`).
    pub globals: crate::value::Globals,
    pub names: Names,
}

/// One of asyncio.py's classes and its version tag at registration.
pub(super) struct Known {
    pub class: Rc<Class>,
    version: u64,
}

impl Known {
    fn new(class: Rc<Class>) -> Known {
        let version = class.cache.version();
        Known { class, version }
    }

    /// Is `inst` of exactly this class, unchanged since registration?
    #[inline]
    pub fn is(&self, inst: &Instance) -> bool {
        Rc::ptr_eq(&inst.class, &self.class) && self.unchanged()
    }

    #[inline]
    pub fn unchanged(&self) -> bool {
        self.class.cache.version() == self.version
    }
}

/// Attribute names, made once (a `Str` key is a reference count away).
pub(super) struct Names {
    pub callback: Name,
    pub args: Name,
    pub loop_: Name,
    pub cancelled: Name,
    pub ready: Name,
    pub ready_head: Name,
    pub closed: Name,
    pub state: Name,
    pub result: Name,
    pub exception: Name,
    pub callbacks: Name,
    pub must_cancel: Name,
    pub fut_waiter: Name,
    pub coro: Name,
    pub blocking: Name,
    pub wakeup_of: Name,
    pub log_traceback: Name,
    pub step: Name,
    pub name: Name,
    pub num_cancels: Name,
    pub task_factory: Name,
    pub create_task: Name,
    pub call_soon: Name,
    pub queue: Name,
    pub maxsize: Name,
    pub is_shutdown: Name,
    pub unfinished: Name,
    pub finished_event: Name,
    pub getters: Name,
    pub putters: Name,
    pub items: Name,
    pub waiters: Name,
    pub value: Name,
    /// The state a future's result gives it.
    pub finished: Value,
}

impl Names {
    fn new() -> Names {
        Names {
            callback: Name::new("_callback"),
            args: Name::new("_args"),
            loop_: Name::new("_loop"),
            cancelled: Name::new("_cancelled"),
            ready: Name::new("_ready"),
            ready_head: Name::new("_ready_head"),
            closed: Name::new("_closed"),
            state: Name::new("_state"),
            result: Name::new("_result"),
            exception: Name::new("_exception"),
            callbacks: Name::new("_callbacks"),
            must_cancel: Name::new("_must_cancel"),
            fut_waiter: Name::new("_fut_waiter"),
            coro: Name::new("_coro"),
            blocking: Name::new("_asyncio_future_blocking"),
            wakeup_of: Name::new("_wakeup_of"),
            log_traceback: Name::new("_log_traceback"),
            step: Name::new("_step"),
            name: Name::new("_name"),
            num_cancels: Name::new("_num_cancels_requested"),
            task_factory: Name::new("_task_factory"),
            create_task: Name::new("create_task"),
            call_soon: Name::new("call_soon"),
            queue: Name::new("_queue"),
            maxsize: Name::new("_maxsize"),
            is_shutdown: Name::new("_is_shutdown"),
            unfinished: Name::new("_unfinished_tasks"),
            finished_event: Name::new("_finished"),
            getters: Name::new("_getters"),
            putters: Name::new("_putters"),
            items: Name::new("items"),
            waiters: Name::new("_waiters"),
            value: Name::new("_value"),
            finished: Value::str("FINISHED"),
        }
    }
}

/// The natives asyncio.py's namespace gets.
pub fn helpers() -> [(&'static str, Value); 3] {
    [
        ("_native_setup", super::func("_native_setup", setup)),
        ("_new_handle", super::func("_new_handle", new_handle)),
        ("_run_ready", super::func("_run_ready", run_ready)),
    ]
}

/// `_native_setup({"Handle": Handle, ...})`, at the end of asyncio.py.
fn setup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Dict(d)) = a.pos.first() else {
        return Err(vm.type_error("_native_setup(dict)"));
    };
    let get = |vm: &mut Vm, name: &str| -> PyResult<Value> {
        let key = vm.key(Value::str(name))?;
        let found = d.borrow().get(&key).cloned();
        found.ok_or_else(|| vm.type_error(format!("_native_setup: no {name}")))
    };
    let class = |vm: &mut Vm, name: &str| -> PyResult<Known> {
        match get(vm, name)? {
            Value::Class(c) => Ok(Known::new(c)),
            _ => Err(vm.type_error(format!("_native_setup: {name} is not a class"))),
        }
    };
    let handle = class(vm, "Handle")?;
    let timer_handle = class(vm, "TimerHandle")?;
    let loop_ = class(vm, "loop")?;
    let future = class(vm, "Future")?;
    let task = class(vm, "Task")?;
    let wakeup = class(vm, "_Wakeup")?;
    let gathering = class(vm, "_GatheringFuture")?;
    let queue = class(vm, "Queue")?;
    let event = class(vm, "Event")?;
    let waiters = class(vm, "_Waiters")?;
    let isfuture = get(vm, "isfuture")?;
    let is_coroutine = get(vm, "_is_coroutine")?;
    let get_running_loop = get(vm, "get_running_loop")?;
    let Value::Dict(natives) = get(vm, "_natives")? else {
        return Err(vm.type_error("_native_setup: _natives is not a dict"));
    };
    for (name, body) in super::asyncio_native_future::NATIVES {
        let key = vm.key(Value::str(name))?;
        if let Some(Value::Func(f)) = natives.borrow().get(&key) {
            f.code.native.set(Some(*body));
        }
    }
    for (name, idle) in super::asyncio_native_future::IDLE_DELS {
        let key = vm.key(Value::str(name))?;
        if let Some(Value::Func(f)) = natives.borrow().get(&key) {
            f.code.del_idle.set(Some(*idle));
        }
    }
    let native = |vm: &mut Vm, name: &str| -> PyResult<Value> {
        let key = vm.key(Value::str(name))?;
        Ok(natives.borrow().get(&key).cloned().unwrap_or(Value::None))
    };
    let task_init = native(vm, "Task.__init__")?;
    let loop_create_task = native(vm, "BaseEventLoop.create_task")?;
    super::asyncio_native_future::register_finalized(&future.class, &task.class, &gathering.class);
    let callback_failed = get(vm, "_callback_failed")?;
    let step_returned = get(vm, "_step_returned")?;
    let step_raised = get(vm, "_step_raised")?;
    let current = get(vm, "_current")?;
    let (Value::Func(f), Some(task_step @ Value::Func(_)), Value::Dict(_)) =
        (&callback_failed, task.class.lookup("_step"), &current)
    else {
        return Err(vm.type_error("_native_setup: unexpected helpers"));
    };
    let globals = f.globals.clone();
    vm.asyncio.reg = Some(Rc::new(Registered {
        handle,
        timer_handle,
        loop_,
        future,
        task,
        gathering,
        wakeup,
        queue,
        event,
        waiters,
        isfuture,
        is_coroutine,
        get_running_loop,
        task_init,
        loop_create_task,
        callback_failed,
        step_returned,
        step_raised,
        current,
        task_step,
        globals,
        names: Names::new(),
    }));
    Ok(Value::None)
}

/// An attribute name with where it was last found in an instance's dict (instances of one
/// class get their attributes in the same order, so the index usually holds and the lookup
/// compares one key instead of hashing).
pub(super) struct Name {
    s: Str,
    hint: Cell<usize>,
}

impl Name {
    pub fn new(s: &str) -> Name {
        Name {
            s: Str::from(s),
            hint: Cell::new(0),
        }
    }

    /// Its index in `dict`, if there.
    #[inline]
    fn find(&self, dict: &NameMap) -> Option<usize> {
        let h = self.hint.get();
        if let Some((k, _)) = dict.get_index(h) {
            if Str::as_ptr(k) == Str::as_ptr(&self.s) || **k == *self.s {
                return Some(h);
            }
        }
        let i = dict.get_index_of(&*self.s)?;
        self.hint.set(i);
        Some(i)
    }
}

impl std::ops::Deref for Name {
    type Target = Str;
    fn deref(&self) -> &Str {
        &self.s
    }
}

/// An attribute of an instance's own dict (None: not there, or its dict is a live object).
#[inline]
pub(super) fn own(inst: &Instance, name: &Name) -> Option<Value> {
    if inst.live.borrow().is_some() {
        return None;
    }
    let dict = inst.dict.borrow();
    let i = name.find(&dict)?;
    dict.get_index(i).map(|(_, v)| v.clone())
}

/// An attribute of an instance of a registered class: its own, else its class's (asyncio.py's
/// classes give plain defaults, such as `Future._state`, no descriptors).
#[inline]
pub(super) fn plain(inst: &Instance, name: &Name) -> Option<Value> {
    if inst.live.borrow().is_some() {
        return None;
    }
    {
        let dict = inst.dict.borrow();
        if let Some(i) = name.find(&dict) {
            return dict.get_index(i).map(|(_, v)| v.clone());
        }
    }
    match inst.class.lookup(&name.s) {
        Some(v @ (Value::Str(_) | Value::Bool(_) | Value::None | Value::Int(_))) => Some(v),
        _ => None,
    }
}

/// Set an attribute in an instance's own dict (of a registered class: no `__setattr__`, no
/// descriptors); what it replaces is released after.
#[inline]
pub(super) fn set_own(inst: &Instance, name: &Name, v: Value) {
    if inst.live.borrow().is_some() {
        let old = inst.set_attr(&name.s, v);
        drop(old);
        return;
    }
    let old = {
        let mut dict = inst.dict.borrow_mut();
        match name.find(&dict) {
            Some(i) => match dict.get_index_mut(i) {
                Some((_, slot)) => Some(std::mem::replace(slot, v)),
                None => None,
            },
            None => {
                let (i, old) = dict.insert_full(name.s.clone(), v);
                name.hint.set(i);
                old
            }
        }
    };
    drop(old);
}

/// `Handle(callback, args, loop)`, made as `Handle.__init__` makes it.
fn make_handle(vm: &mut Vm, reg: &Registered, callback: Value, args: Value, loop_: Value) -> Value {
    let names = &reg.names;
    let mut dict = NameMap::default();
    dict.reserve(4);
    dict.insert(names.callback.clone(), callback);
    dict.insert(names.args.clone(), args);
    dict.insert(names.loop_.clone(), loop_);
    dict.insert(names.cancelled.clone(), Value::Bool(Truth::FALSE));
    let inst = Rc::new(Instance::new(reg.handle.class.clone(), dict, None));
    vm.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
    Value::Instance(inst)
}

/// `loop.call_soon(callback, *args)`: natively when `loop` is asyncio.py's own loop, open;
/// otherwise through its `call_soon`.
pub(super) fn call_soon(
    vm: &mut Vm,
    reg: &Registered,
    loop_: &Value,
    callback: Value,
    args: Vec<Value>,
) -> PyResult<()> {
    if let Value::Instance(li) = loop_ {
        if reg.loop_.is(li)
            && matches!(plain(li, &reg.names.closed), Some(Value::Bool(c)) if !c.get())
            && own(li, &reg.names.call_soon).is_none()
        {
            if let Some(Value::List(ready)) = own(li, &reg.names.ready) {
                let handle = make_handle(vm, reg, callback, Value::tuple(args), loop_.clone());
                ready.borrow_mut().push(handle);
                return Ok(());
            }
        }
    }
    let m = vm.getattr(loop_, "call_soon")?;
    let mut pos = Vec::with_capacity(args.len() + 1);
    pos.push(callback);
    pos.extend(args);
    vm.call(&m, Args::new(pos)).map(drop)
}

fn registered(vm: &Vm) -> PyResult<Rc<Registered>> {
    match &vm.asyncio.reg {
        Some(r) => Ok(r.clone()),
        None => Err(vm.type_error("asyncio natives used before _native_setup")),
    }
}

/// `_new_handle(loop, callback, args)`: `loop._ready.append(Handle(callback, args, loop))`,
/// returning the handle (the body of `call_soon` after its closed check).
fn new_handle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut pos = a.pos.into_iter();
    let (Some(loop_), Some(callback), Some(args)) = (pos.next(), pos.next(), pos.next()) else {
        return Err(vm.type_error("_new_handle(loop, callback, args)"));
    };
    // Before the module's end (no registration yet) nothing schedules.
    let reg = registered(vm)?;
    let handle = if reg.handle.unchanged() {
        make_handle(vm, &reg, callback, args, loop_.clone())
    } else {
        vm.call(
            &Value::Class(reg.handle.class.clone()),
            Args::new(vec![callback, args, loop_.clone()]),
        )?
    };
    let ready = match &loop_ {
        Value::Instance(li) => own(li, &reg.names.ready),
        _ => None,
    };
    let ready = match ready {
        Some(r) => r,
        None => vm.getattr(&loop_, "_ready")?,
    };
    match &ready {
        Value::List(l) => l.borrow_mut().push(handle.clone()),
        other => {
            let append = vm.getattr(other, "append")?;
            vm.call(&append, Args::new(vec![handle.clone()]))?;
        }
    }
    Ok(handle)
}

/// `_run_ready(loop)`: the ready-queue part of `_run_once`. Runs the handles that were ready
/// when it began, each taken out of `loop._ready` (its slot set to None and
/// `loop._ready_head` moved past it) before it runs, skipping cancelled ones, and released
/// after it ran.
fn run_ready(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let reg = registered(vm)?;
    let Some(Value::Instance(li)) = a.pos.into_iter().next() else {
        return Err(vm.type_error("_run_ready(loop)"));
    };
    let (Some(Value::List(ready)), Some(Value::Int(mut i))) =
        (own(&li, &reg.names.ready), own(&li, &reg.names.ready_head))
    else {
        return Err(vm.type_error("_run_ready: the loop's _ready is not a list"));
    };
    let stop = ready.borrow().len() as i64;
    while i < stop {
        let handle = {
            let mut items = ready.borrow_mut();
            match items.get_mut(i as usize) {
                Some(slot) => std::mem::replace(slot, Value::None),
                None => return Err(vm.err(ExcKind::IndexError, "list index out of range")),
            }
        };
        i += 1;
        set_own(&li, &reg.names.ready_head, Value::Int(i));
        let r = run_handle(vm, &reg, &handle);
        drop(handle);
        r?;
        finalize_here(vm, &reg)?;
    }
    Ok(Value::None)
}

/// Run the finalizers of what a native released, attributed as for a release in asyncio.py's
/// own frames (its `_REPORT_LINE`, see `Vm::release_line`: CPython's step is C code).
pub(super) fn finalize_here(vm: &mut Vm, reg: &Registered) -> PyResult<()> {
    if !vm.heap.has_pending() {
        return Ok(());
    }
    let line = reg.globals.borrow().get_name("_REPORT_LINE").cloned();
    match line {
        Some(Value::Int(0)) => vm.current_line = vm.case_line,
        Some(Value::Int(n)) => vm.current_line = u32::try_from(n).unwrap_or(vm.current_line),
        _ => {}
    }
    vm.run_finalizers()
}

/// `if not handle._cancelled: handle._run()`, with `Handle._run` done here for asyncio.py's
/// own handles.
fn run_handle(vm: &mut Vm, reg: &Registered, handle: &Value) -> PyResult<()> {
    let fast = match handle {
        Value::Instance(h) if reg.handle.is(h) || reg.timer_handle.is(h) => {
            let n = &reg.names;
            match (own(h, &n.cancelled), own(h, &n.callback), own(h, &n.args)) {
                (Some(Value::Bool(c)), Some(cb), Some(Value::Tuple(args))) => {
                    Some((c.get(), cb, args))
                }
                _ => None,
            }
        }
        _ => None,
    };
    let Some((cancelled, callback, args)) = fast else {
        let cancelled = vm.getattr(handle, "_cancelled")?;
        if vm.truthy(&cancelled)? {
            return Ok(());
        }
        let run = vm.getattr(handle, "_run")?;
        vm.call(&run, Args::new(Vec::new()))?;
        return Ok(());
    };
    if cancelled {
        return Ok(());
    }
    let r = super::asyncio_native_task::run_callback(vm, reg, &callback, &args);
    drop(callback);
    drop(args);
    finalize_here(vm, reg)?;
    match r {
        Ok(()) => Ok(()),
        Err(Flow::Exc(e))
            if !vm.is_exc_instance(&e, ExcKind::SystemExit)
                && !vm.is_exc_instance(&e, ExcKind::KeyboardInterrupt) =>
        {
            // `except BaseException as exc:` in `Handle._run`: the report runs with the
            // exception being handled.
            with_handled(vm, e.clone(), |vm| {
                vm.call(&reg.callback_failed, Args::new(vec![handle.clone(), e]))
                    .map(drop)
            })
        }
        Err(other) => Err(other),
    }
}

/// Run `f` as inside `except ... as e:` (the handled exception is `e`).
pub(super) fn with_handled<T>(
    vm: &mut Vm,
    e: Value,
    f: impl FnOnce(&mut Vm) -> PyResult<T>,
) -> PyResult<T> {
    let old = vm.exc_stack.last_mut().and_then(|s| s.replace(e));
    let r = f(vm);
    if let Some(s) = vm.exc_stack.last_mut() {
        drop(std::mem::replace(s, old));
    }
    r
}
