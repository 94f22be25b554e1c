//! Native bodies for asyncio.py's small `Future` methods and for making a task (`Task.__init__`,
//! the loop's `create_task`, `create_task`, `ensure_future`), and the finalizer check of its
//! futures and tasks. Each stands in for the Python function's code (`Code::native`) only for
//! asyncio.py's own classes, unchanged, and the common outcome; anything else (a subclass, a
//! patched class or module name, an error to raise) runs the Python code, which stays the
//! specification.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use super::asyncio_native::{call_soon, own, plain, set_own, Name, Registered};
use super::asyncio_native_task::bound_step;
use crate::compile::{DelIdle, GenKind, NativeBody};
use crate::heap::Tracked;
use crate::value::{Args, Class, Instance, NameMap, PyResult, Str, Truth, Value};
use crate::vm::Vm;

/// What a native body gives: the call's outcome, or None for the Python code.
pub(super) type Native = Option<PyResult<Value>>;

pub(super) fn reg(vm: &Vm) -> Option<Rc<Registered>> {
    vm.asyncio.reg.clone()
}

/// A future of asyncio.py's own `Future`, `Task` or `_GatheringFuture` class, unchanged.
pub(super) fn known_future<'a>(reg: &Registered, v: &'a Value) -> Option<&'a Rc<Instance>> {
    match v {
        Value::Instance(i) if reg.future.is(i) || reg.task.is(i) || reg.gathering.is(i) => Some(i),
        _ => None,
    }
}

/// A future's `_state` when it is one of the three state strings.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    Pending,
    Cancelled,
    Finished,
}

pub(super) fn state(reg: &Registered, fi: &Instance) -> Option<State> {
    match plain(fi, &reg.names.state)? {
        Value::Str(s) => match &*s {
            "PENDING" => Some(State::Pending),
            "CANCELLED" => Some(State::Cancelled),
            "FINISHED" => Some(State::Finished),
            _ => None,
        },
        _ => None,
    }
}

/// `Future.done(self)`.
pub(super) fn done(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let st = state(&reg, known_future(&reg, a.first()?)?)?;
    Some(Ok(Value::bool(st != State::Pending)))
}

/// `Future.cancelled(self)`.
pub(super) fn cancelled(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let st = state(&reg, known_future(&reg, a.first()?)?)?;
    Some(Ok(Value::bool(st == State::Cancelled)))
}

/// `Future.result(self)` of a future that has a result (not an exception).
pub(super) fn result(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let n = &reg.names;
    let fi = known_future(&reg, a.first()?)?;
    if state(&reg, fi)? != State::Finished || !plain(fi, &n.exception)?.is_none() {
        return None;
    }
    let r = plain(fi, &n.result)?;
    set_own(fi, &n.log_traceback, Value::Bool(Truth::FALSE));
    Some(Ok(r))
}

/// `Future.exception(self)` of a finished future.
pub(super) fn exception(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let n = &reg.names;
    let fi = known_future(&reg, a.first()?)?;
    if state(&reg, fi)? != State::Finished {
        return None;
    }
    let e = plain(fi, &n.exception)?;
    set_own(fi, &n.log_traceback, Value::Bool(Truth::FALSE));
    Some(Ok(e))
}

/// `Future.add_done_callback(self, fn, *, context=None)`.
pub(super) fn add_done_callback(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [fut, callback, ..] = a else {
        return None;
    };
    let fi = known_future(&reg, fut)?;
    if state(&reg, fi)? != State::Pending {
        let loop_ = plain(fi, &reg.names.loop_)?;
        let r = call_soon(vm, &reg, &loop_, callback.clone(), vec![fut.clone()]);
        return Some(r.map(|()| Value::None));
    }
    let Some(Value::List(callbacks)) = own(fi, &reg.names.callbacks) else {
        return None;
    };
    callbacks.borrow_mut().push(callback.clone());
    Some(Ok(Value::None))
}

/// `Future.set_result(self, result)` of a pending future.
pub(super) fn set_result(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [fut, value, ..] = a else {
        return None;
    };
    let fi = known_future(&reg, fut)?;
    if state(&reg, fi)? != State::Pending {
        return None;
    }
    let r = super::asyncio_native_task::set_result(vm, &reg, fi, fut, value.clone());
    Some(r.map(|()| Value::None))
}

/// Is the module's global `name` still `expected`?
pub(super) fn global_is(reg: &Registered, name: &str, expected: &Value) -> bool {
    match reg.globals.borrow().get_name(name) {
        Some(v) => v.is(expected),
        None => false,
    }
}

/// A module global that is a list.
fn global_list(reg: &Registered, name: &str) -> Option<Value> {
    match reg.globals.borrow().get_name(name) {
        Some(v @ Value::List(_)) => Some(v.clone()),
        _ => None,
    }
}

/// Is `v` a coroutine object (`type(v) is types.CoroutineType`)?
fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Generator(g) if g.kind() == GenKind::Coroutine)
}

/// `Task.__init__(self, coro, *, loop=None, name=None, context=None, eager_start=False)` with a
/// loop given, a coroutine, no eager start and no name or a string one.
pub(super) fn task_init(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [task, coro, loop_, name, _context, eager, ..] = a else {
        return None;
    };
    init_task(vm, &reg, task, coro, loop_, name, eager)
}

fn init_task(
    vm: &mut Vm,
    reg: &Registered,
    task: &Value,
    coro: &Value,
    loop_: &Value,
    name: &Value,
    eager: &Value,
) -> Native {
    let n = &reg.names;
    let t = match task {
        Value::Instance(t) if reg.task.is(t) => t,
        _ => return None,
    };
    let named = match name {
        Value::None => None,
        Value::Str(s) => Some(s.clone()),
        _ => return None,
    };
    if loop_.is_none() || !is_coroutine(coro) || !matches!(eager, Value::Bool(b) if !b.get()) {
        return None;
    }
    let (Some(Value::List(counter)), Some(Value::List(all))) =
        (global_list(reg, "_task_counter"), global_list(reg, "_all"))
    else {
        return None;
    };
    let name = match named {
        Some(s) => Value::Str(s),
        None => {
            let next = match counter.borrow().first() {
                Some(Value::Int(i)) => i.checked_add(1)?,
                _ => return None,
            };
            *counter.borrow_mut().first_mut()? = Value::Int(next);
            Value::str(&format!("Task-{next}"))
        }
    };
    set_own(t, &n.loop_, loop_.clone());
    set_own(t, &n.callbacks, Value::list(Vec::new()));
    set_own(t, &n.name, name);
    set_own(t, &n.coro, coro.clone());
    set_own(t, &n.must_cancel, Value::Bool(Truth::FALSE));
    set_own(t, &n.fut_waiter, Value::None);
    set_own(t, &n.num_cancels, Value::Int(0));
    // `self._loop.call_soon(self._step)`, `_all.append(_weakref.ref(self))`
    let r = (|| {
        let step = bound_step(vm, reg, t, task)?;
        call_soon(vm, reg, loop_, step, Vec::new())?;
        let r = super::weakref::make_ref(vm, Args::new(vec![task.clone()]))?;
        all.borrow_mut().push(r);
        Ok(Value::None)
    })();
    Some(r)
}

/// A new instance of asyncio.py's `Task` made for `loop.create_task(coro)` (as `Task(coro,
/// loop=loop, name=name)` makes it), natively when `Task.__init__`'s native covers it.
fn new_task(vm: &mut Vm, reg: &Registered, coro: &Value, loop_: &Value, name: &Value) -> Native {
    let class = &reg.task.class;
    // What `Task(...)` finds: no `__new__`, asyncio.py's own `__init__` (with this native).
    let init = match class.lookup("__init__") {
        Some(Value::Func(init)) if Value::Func(init.clone()).is(&reg.task_init) => init,
        _ => return None,
    };
    if matches!(class.lookup("__new__"), Some(Value::Func(_))) {
        return None;
    }
    // The checks of `init_task` that come before it changes anything.
    let plain_name = matches!(name, Value::None | Value::Str(_));
    if !plain_name || !is_coroutine(coro) {
        return None;
    }
    let inst = Rc::new(Instance::new(class.clone(), NameMap::default(), None));
    vm.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
    let task = Value::Instance(inst);
    let eager = Value::Bool(Truth::FALSE);
    let r = match init_task(vm, reg, &task, coro, loop_, name, &eager) {
        Some(r) => r,
        None => {
            let kw = vec![
                (Str::from("loop"), loop_.clone()),
                (Str::from("name"), name.clone()),
            ];
            let args = Args {
                pos: vec![coro.clone()],
                kw,
            };
            vm.call_function(&init, Some(task.clone()), args)
        }
    };
    Some(r.map(|_| task))
}

/// `loop.create_task(coro)`: natively for asyncio.py's own loop without a task factory.
fn loop_create_task(vm: &mut Vm, reg: &Registered, loop_: &Value, coro: &Value) -> PyResult<Value> {
    if let Some(r) = native_create_task(vm, reg, loop_, coro, &Value::None) {
        return r;
    }
    let m = vm.getattr(loop_, "create_task")?;
    vm.call(&m, Args::new(vec![coro.clone()]))
}

/// `BaseEventLoop.create_task(self, coro, *, name=None, context=None)` (up to 3.13) for an
/// open loop of asyncio.py's own class without a task factory.
pub(super) fn create_task_method(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [loop_, coro, name, ..] = a else {
        return None;
    };
    native_create_task(vm, &reg, loop_, coro, name)
}

fn native_create_task(
    vm: &mut Vm,
    reg: &Registered,
    loop_: &Value,
    coro: &Value,
    name: &Value,
) -> Native {
    let n = &reg.names;
    let Value::Instance(li) = loop_ else {
        return None;
    };
    let open = matches!(plain(li, &n.closed), Some(Value::Bool(c)) if !c.get());
    let no_factory = matches!(plain(li, &n.task_factory), Some(Value::None));
    let task_class = Value::Class(reg.task.class.clone());
    // The loop's `create_task` is asyncio.py's (this native's), not an instance's own.
    let method = li
        .class
        .lookup("create_task")
        .is_some_and(|m| m.is(&reg.loop_create_task));
    if !reg.loop_.is(li)
        || !method
        || own(li, &n.create_task).is_some()
        || !open
        || !no_factory
        || !global_is(reg, "Task", &task_class)
        || !reg.task.unchanged()
    {
        return None;
    }
    new_task(vm, reg, coro, loop_, name)
}

/// `ensure_future(obj, *, loop=None)` of a coroutine with a loop given.
pub(super) fn ensure_future(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [obj, loop_, ..] = a else {
        return None;
    };
    if loop_.is_none()
        || !is_coroutine(obj)
        || !global_is(&reg, "isfuture", &reg.isfuture)
        || !global_is(&reg, "_is_coroutine", &reg.is_coroutine)
    {
        return None;
    }
    Some(loop_create_task(vm, &reg, loop_, obj))
}

/// `create_task(coro, *, name=None, context=None)` (up to 3.13) without a name or a context,
/// in a running loop of asyncio.py's own class without a task factory.
pub(super) fn create_task(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let (coro, name, context) = match a {
        [coro, name] => (coro, name, &Value::None),
        [coro, name, context, ..] => (coro, name, &*context),
        _ => return None,
    };
    if !name.is_none()
        || !context.is_none()
        || !global_is(&reg, "get_running_loop", &reg.get_running_loop)
    {
        return None;
    }
    let Some(Value::List(running)) = global_list(&reg, "_running") else {
        return None;
    };
    let loop_ = running.borrow().first().cloned()?;
    if loop_.is_none() {
        return None;
    }
    // Only natively: how the Python code calls another loop's `create_task` (with `name=` or
    // without) depends on the version.
    native_create_task(vm, &reg, &loop_, coro, &Value::None)
}

/// What the finalizer checks need (they have no VM at hand): asyncio.py's `Future`, `Task`
/// and `_GatheringFuture` classes with their versions when registered, and attribute names.
struct Finalized {
    classes: [(Weak<Class>, u64); 3],
    log_traceback: Name,
    log_destroy_pending: Name,
    state: Name,
}

thread_local! {
    static FINALIZED: RefCell<Option<Finalized>> = const { RefCell::new(None) };
}

pub(super) fn register_finalized(future: &Rc<Class>, task: &Rc<Class>, gathering: &Rc<Class>) {
    let entry = |c: &Rc<Class>| (Rc::downgrade(c), c.cache.version());
    let f = Finalized {
        classes: [entry(future), entry(task), entry(gathering)],
        log_traceback: Name::new("_log_traceback"),
        log_destroy_pending: Name::new("_log_destroy_pending"),
        state: Name::new("_state"),
    };
    FINALIZED.with(|cell| *cell.borrow_mut() = Some(f));
}

/// Run `check` when `inst` is of one of the registered classes `which` (indices: Future,
/// Task, _GatheringFuture), unchanged; false otherwise.
fn with_finalized(
    inst: &Instance,
    which: &[usize],
    check: impl FnOnce(&Finalized) -> bool,
) -> bool {
    FINALIZED.with(|cell| {
        let cell = cell.borrow();
        let Some(f) = cell.as_ref() else {
            return false;
        };
        let known = which.iter().any(|&i| {
            let (c, v) = &f.classes[i];
            std::ptr::eq(c.as_ptr(), Rc::as_ptr(&inst.class)) && inst.class.cache.version() == *v
        });
        known && check(f)
    })
}

fn plain_bool(inst: &Instance, name: &Name) -> Option<bool> {
    match plain(inst, name)? {
        Value::Bool(b) => Some(b.get()),
        _ => None,
    }
}

/// `Future.__del__` has nothing to do: a future of asyncio.py's own `Future` or
/// `_GatheringFuture` class whose exception was retrieved or that has none.
pub(super) fn future_del_idle(inst: &Instance) -> bool {
    with_finalized(inst, &[0, 2], |f| {
        plain_bool(inst, &f.log_traceback) == Some(false)
    })
}

/// `Task.__del__` has nothing to do: a task of asyncio.py's own class that is done (or whose
/// pending destruction is not logged) and whose exception was retrieved or that has none.
pub(super) fn task_del_idle(inst: &Instance) -> bool {
    with_finalized(inst, &[1], |f| {
        if plain_bool(inst, &f.log_traceback) != Some(false) {
            return false;
        }
        let pending = match plain(inst, &f.state) {
            Some(Value::Str(s)) => &*s == "PENDING",
            _ => return false,
        };
        !pending || plain_bool(inst, &f.log_destroy_pending) == Some(false)
    })
}

/// The natives by the name asyncio.py registers the function under (`_natives`).
pub(super) const NATIVES: &[(&str, NativeBody)] = &[
    ("Future.done", done),
    ("Future.cancelled", cancelled),
    ("Future.result", result),
    ("Future.exception", exception),
    ("Future.add_done_callback", add_done_callback),
    ("Future.set_result", set_result),
    ("Task.__init__", task_init),
    ("BaseEventLoop.create_task", create_task_method),
    ("create_task", create_task),
    ("ensure_future", ensure_future),
    ("Queue.__init__", super::asyncio_native_queue::queue_init),
    ("Queue.empty", super::asyncio_native_queue::empty),
    ("Queue.full", super::asyncio_native_queue::full),
    ("Queue.get_nowait", super::asyncio_native_queue::get_nowait),
    ("Queue.put_nowait", super::asyncio_native_queue::put_nowait),
    (
        "Queue._wakeup_next",
        super::asyncio_native_queue::wakeup_next_method,
    ),
    ("Event.clear", super::asyncio_native_queue::event_clear),
];

/// The finalizer checks, by the name of the `__del__` they check.
pub(super) const IDLE_DELS: &[(&str, DelIdle)] = &[
    ("Future.__del__", future_del_idle),
    ("Task.__del__", task_del_idle),
];
