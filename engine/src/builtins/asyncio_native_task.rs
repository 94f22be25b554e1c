//! A task's step and wakeup natively (asyncio.py's `Task._step`, `_Wakeup.__call__`, and the
//! common outcomes of a step: a bare yield, waiting on a future, returning), for asyncio.py's
//! own `Task` and `Future` classes; anything else goes to the Python definitions.

use std::rc::Rc;

use super::asyncio_native::{call_soon, own, plain, set_own, with_handled, Registered};
use crate::compile::GenKind;
use crate::generator::GenResult;
use crate::heap::Tracked;
use crate::value::{Args, Flow, Instance, NameMap, PyResult, Truth, Value};
use crate::vm::{ExcKind, Resume, Vm};

/// `callback(*args)` of a handle, with a task's step and wakeup run natively.
pub(super) fn run_callback(
    vm: &mut Vm,
    reg: &Registered,
    callback: &Value,
    args: &[Value],
) -> PyResult<()> {
    match callback {
        Value::Method(m) => {
            if let (Value::Func(f), Value::Func(step_fn), Value::Instance(t)) =
                (&m.func, &reg.task_step, &m.self_)
            {
                if Rc::ptr_eq(f, step_fn) && reg.task.is(t) {
                    match args {
                        [] => return step(vm, reg, t, &m.self_, None),
                        [exc] => return step(vm, reg, t, &m.self_, Some(exc.clone())),
                        _ => {}
                    }
                }
            }
        }
        Value::Instance(w) if reg.wakeup.is(w) => {
            if let [fut] = args {
                return wakeup(vm, reg, w, callback, fut);
            }
        }
        _ => {}
    }
    vm.call(callback, Args::new(args.to_vec())).map(drop)
}

/// Is `v` the string `s`?
fn is_str(v: &Option<Value>, s: &str) -> bool {
    matches!(v, Some(Value::Str(x)) if &**x == s)
}

fn is_false(v: &Option<Value>) -> bool {
    matches!(v, Some(Value::Bool(b)) if !b.get())
}

/// A future of asyncio.py's own `Future` or `Task` class.
fn plain_future<'a>(reg: &Registered, v: &'a Value) -> Option<&'a Rc<Instance>> {
    match v {
        Value::Instance(i) if reg.future.is(i) || reg.task.is(i) => Some(i),
        _ => None,
    }
}

/// `task._step(exc)` through Python (its own checks and messages).
fn python_step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let m = vm.getattr(task, "_step")?;
    let args = exc.into_iter().collect();
    vm.call(&m, Args::new(args)).map(drop)
}

/// `_Wakeup(task)(fut)`: the task resumes with what `fut.result()` gave.
fn wakeup(
    vm: &mut Vm,
    reg: &Registered,
    w: &Instance,
    callback: &Value,
    fut: &Value,
) -> PyResult<()> {
    let n = &reg.names;
    let Some(task) = own(w, &n.wakeup_of) else {
        return vm.call(callback, Args::new(vec![fut.clone()])).map(drop);
    };
    // `fut.result()` of a future that has a result returns it (and marks its exception, if
    // any, as retrieved: there is none).
    let done = plain_future(reg, fut).filter(|fi| {
        is_str(&plain(fi, &n.state), "FINISHED")
            && matches!(plain(fi, &n.exception), Some(Value::None))
    });
    let outcome = match done {
        Some(fi) => {
            set_own(fi, &n.log_traceback, Value::Bool(Truth::FALSE));
            None
        }
        None => {
            let m = vm.getattr(fut, "result")?;
            match vm.call(&m, Args::new(Vec::new())) {
                Ok(_) => None,
                Err(Flow::Exc(e)) => Some(e),
                Err(fatal) => return Err(fatal),
            }
        }
    };
    let native = match &task {
        Value::Instance(t) if reg.task.is(t) && own(t, &n.step).is_none() => Some(t.clone()),
        _ => None,
    };
    // The step runs outside the handler of `fut.result()`'s exception (asyncio.py's wakeup).
    match native {
        Some(t) => step(vm, reg, &t, &task, outcome),
        None => python_step(vm, &task, outcome),
    }
}

/// What resuming the coroutine gave.
enum Outcome {
    Yield(Value),
    Return(Value),
    Raise(Value),
}

/// `Task._step(exc)` of a task of asyncio.py's own class.
fn step(
    vm: &mut Vm,
    reg: &Registered,
    t: &Rc<Instance>,
    task: &Value,
    exc: Option<Value>,
) -> PyResult<()> {
    let n = &reg.names;
    let coro = match own(t, &n.coro) {
        Some(Value::Generator(g)) if g.kind() == GenKind::Coroutine => Some(g),
        _ => None,
    };
    let loop_ = own(t, &n.loop_);
    let (Some(g), Some(loop_ @ Value::Instance(_)), true, true, Value::Dict(current)) = (
        coro,
        loop_,
        is_str(&plain(t, &n.state), "PENDING"),
        is_false(&own(t, &n.must_cancel)),
        &reg.current,
    ) else {
        return python_step(vm, task, exc);
    };
    let key = vm.key(Value::Int(loop_.addr().unwrap_or(0) as i64))?;
    if current.borrow().get(&key).is_some_and(|v| !v.is_none()) {
        return python_step(vm, task, exc);
    }
    set_own(t, &n.fut_waiter, Value::None);
    let old = current.borrow_mut().insert(key.clone(), task.clone());
    drop(old);
    let resumed = match exc.filter(|e| !e.is_none()) {
        None => match vm.gen_resume(&g, Resume::Send(Value::None)) {
            Ok(GenResult::Yield(v)) => Ok(Outcome::Yield(v)),
            Ok(GenResult::Return(v)) => Ok(Outcome::Return(v)),
            Err(Flow::Exc(e)) => Ok(Outcome::Raise(e)),
            Err(fatal) => Err(fatal),
        },
        Some(e) => match vm.gen_throw_method(&g, vec![e]) {
            Ok(v) => Ok(Outcome::Yield(v)),
            Err(Flow::Exc(e)) if vm.is_exc_instance(&e, ExcKind::StopIteration) => {
                let value = e.exc().and_then(|d| d.borrow().value.clone());
                Ok(Outcome::Return(value.unwrap_or(Value::None)))
            }
            Err(Flow::Exc(e)) => Ok(Outcome::Raise(e)),
            Err(fatal) => Err(fatal),
        },
    };
    drop(g);
    let r = match resumed {
        Ok(outcome) => after_step(vm, reg, t, task, &loop_, outcome),
        Err(fatal) => Err(fatal),
    };
    // `finally: del _current[key]`
    let old = current.borrow_mut().remove(&key);
    drop(old);
    r
}

/// The `except`/`else` clauses of `Task._step`.
fn after_step(
    vm: &mut Vm,
    reg: &Registered,
    t: &Rc<Instance>,
    task: &Value,
    loop_: &Value,
    outcome: Outcome,
) -> PyResult<()> {
    let n = &reg.names;
    match outcome {
        Outcome::Yield(v) if v.is_none() => {
            // `self._loop.call_soon(self._step)`
            let step = bound_step(vm, reg, t, task)?;
            let loop_ = own(t, &n.loop_).unwrap_or_else(|| loop_.clone());
            call_soon(vm, reg, &loop_, step, Vec::new())
        }
        Outcome::Yield(v) => {
            if !wait_on(vm, reg, t, task, loop_, &v) {
                let m = vm.getattr(task, "_suspended_on")?;
                vm.call(&m, Args::new(vec![v]))?;
            }
            Ok(())
        }
        Outcome::Return(v) => {
            if is_false(&own(t, &n.must_cancel)) && is_str(&plain(t, &n.state), "PENDING") {
                set_result(vm, reg, t, task, v)
            } else {
                vm.call(&reg.step_returned, Args::new(vec![task.clone(), v]))
                    .map(drop)
            }
        }
        Outcome::Raise(e) => {
            let fatal = vm.is_exc_instance(&e, ExcKind::SystemExit)
                || vm.is_exc_instance(&e, ExcKind::KeyboardInterrupt);
            if fatal {
                // `Future.set_exception(self, err); raise`
                with_handled(vm, e.clone(), |vm| {
                    let set = match reg.future.class.lookup("set_exception") {
                        Some(f) => f,
                        None => return Err(vm.err(ExcKind::AttributeError, "set_exception")),
                    };
                    vm.call(&set, Args::new(vec![task.clone(), e.clone()]))
                })?;
                return Err(Flow::Exc(e));
            }
            with_handled(vm, e.clone(), |vm| {
                vm.call(&reg.step_raised, Args::new(vec![task.clone(), e]))
            })
            .map(drop)
        }
    }
}

/// `self._step` (a bound method, as the task's class gives it).
pub(super) fn bound_step(
    vm: &mut Vm,
    reg: &Registered,
    t: &Instance,
    task: &Value,
) -> PyResult<Value> {
    if own(t, &reg.names.step).is_none() {
        return Ok(vm.bind(reg.task_step.clone(), task));
    }
    vm.getattr(task, "_step")
}

/// `_suspended_on(result)` for a pending future of asyncio.py's own classes, on the task's
/// loop, that the task's coroutine awaited (`_asyncio_future_blocking` set): the future gets
/// the task's wakeup as a done callback and becomes what the task waits for. False (nothing
/// done) for any other case.
fn wait_on(
    vm: &mut Vm,
    reg: &Registered,
    t: &Rc<Instance>,
    task: &Value,
    loop_: &Value,
    result: &Value,
) -> bool {
    let n = &reg.names;
    let Some(fi) = plain_future(reg, result) else {
        return false;
    };
    let same_loop = match (own(fi, &n.loop_), loop_) {
        (Some(Value::Instance(a)), Value::Instance(b)) => Rc::ptr_eq(&a, b),
        _ => false,
    };
    let ready = same_loop
        && !Rc::ptr_eq(fi, t)
        && matches!(plain(fi, &n.blocking), Some(Value::Bool(b)) if b.get())
        && is_str(&plain(fi, &n.state), "PENDING")
        && is_false(&own(t, &n.must_cancel))
        && reg.wakeup.unchanged();
    let Some(Value::List(callbacks)) = own(fi, &n.callbacks).filter(|_| ready) else {
        return false;
    };
    set_own(fi, &n.blocking, Value::Bool(Truth::FALSE));
    let mut dict = NameMap::default();
    dict.insert(n.wakeup_of.clone(), task.clone());
    let w = Rc::new(Instance::new(reg.wakeup.class.clone(), dict, None));
    vm.heap.track(Tracked::Instance(Rc::downgrade(&w)));
    callbacks.borrow_mut().push(Value::Instance(w));
    set_own(t, &n.fut_waiter, result.clone());
    true
}

/// `Future.set_result(task, value)` of a pending task: the result, the state, and each done
/// callback scheduled with `call_soon(callback, task)` in order.
pub(super) fn set_result(
    vm: &mut Vm,
    reg: &Registered,
    t: &Rc<Instance>,
    task: &Value,
    value: Value,
) -> PyResult<()> {
    let n = &reg.names;
    set_own(t, &n.result, value);
    set_own(t, &n.state, n.finished.clone());
    let callbacks = match own(t, &n.callbacks) {
        Some(Value::List(l)) => l,
        _ => {
            let set = vm.getattr(
                &Value::Class(reg.future.class.clone()),
                "_schedule_callbacks",
            )?;
            return vm.call(&set, Args::new(vec![task.clone()])).map(drop);
        }
    };
    if callbacks.borrow().is_empty() {
        return Ok(());
    }
    set_own(t, &n.callbacks, Value::List(Default::default()));
    let loop_ = own(t, &n.loop_).unwrap_or(Value::None);
    let items: Vec<Value> = callbacks.borrow().to_vec();
    for cb in items {
        call_soon(vm, reg, &loop_, cb, vec![task.clone()])?;
    }
    Ok(())
}
