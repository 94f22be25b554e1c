//! Native bodies for asyncio.py's `Queue` methods on the path of every `get`/`put` (`empty`,
//! `full`, `get_nowait`, `put_nowait`, `_wakeup_next`) and `Event.clear`, for instances of
//! exactly asyncio.py's own `Queue`/`Event` classes, unchanged (so `_get`, `_put`, `qsize`
//! and the rest are asyncio.py's); a subclass (LifoQueue, PriorityQueue, a case's own), a
//! patched class or an error to raise runs the Python code.

use std::rc::Rc;

use super::asyncio_native::{own, plain, set_own, Registered};
use super::asyncio_native_future::{global_is, known_future, reg, state, Native, State};
use crate::heap::Tracked;
use crate::value::{Args, Class, Instance, NameMap, PyResult, Truth, Value};
use crate::vm::Vm;

/// A queue of exactly asyncio.py's `Queue` class, unchanged.
fn known_queue<'a>(reg: &Registered, v: &'a Value) -> Option<&'a Rc<Instance>> {
    match v {
        Value::Instance(i) if reg.queue.is(i) => Some(i),
        _ => None,
    }
}

/// `self._queue` when it is a list.
fn items(reg: &Registered, q: &Instance) -> Option<Value> {
    match own(q, &reg.names.queue)? {
        v @ Value::List(_) => Some(v),
        _ => None,
    }
}

/// `self.full()`: None when it is not a plain int bound and a list.
fn is_full(reg: &Registered, q: &Instance) -> Option<bool> {
    let Value::Int(max) = plain(q, &reg.names.maxsize)? else {
        return None;
    };
    if max <= 0 {
        return Some(false);
    }
    let Value::List(l) = items(reg, q)? else {
        return None;
    };
    let len = l.borrow().len();
    Some(i64::try_from(len).map_or(true, |len| len >= max))
}

/// `Queue.empty(self)`.
pub(super) fn empty(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let q = known_queue(&reg, a.first()?)?;
    let Value::List(l) = items(&reg, q)? else {
        return None;
    };
    let empty = l.borrow().is_empty();
    Some(Ok(Value::bool(empty)))
}

/// `Queue.full(self)`.
pub(super) fn full(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let q = known_queue(&reg, a.first()?)?;
    Some(Ok(Value::bool(is_full(&reg, q)?)))
}

/// `Queue.get_nowait(self)` of a queue with an item.
pub(super) fn get_nowait(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let q = known_queue(&reg, a.first()?)?;
    let Value::List(l) = items(&reg, q)? else {
        return None;
    };
    let putters = own(q, &reg.names.putters)?;
    if l.borrow().is_empty() {
        return None;
    }
    let item = l.borrow_mut().remove(0);
    Some(wakeup_next(vm, &reg, q, &a[0], &putters).map(|()| item))
}

/// `Queue.put_nowait(self, item)` of an open queue with room.
pub(super) fn put_nowait(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let n = &reg.names;
    let [queue, item, ..] = a else {
        return None;
    };
    let q = known_queue(&reg, queue)?;
    let shut = matches!(plain(q, &n.is_shutdown)?, Value::Bool(b) if b.get());
    let Value::Int(unfinished) = plain(q, &n.unfinished)? else {
        return None;
    };
    let unfinished = unfinished.checked_add(1)?;
    if shut || is_full(&reg, q)? {
        return None;
    }
    let (Value::List(l), Some(finished), Some(getters)) = (
        items(&reg, q)?,
        own(q, &n.finished_event),
        own(q, &n.getters),
    ) else {
        return None;
    };
    l.borrow_mut().push(item.clone());
    set_own(q, &n.unfinished, Value::Int(unfinished));
    let r = (|| {
        match &finished {
            Value::Instance(e) if reg.event.is(e) => {
                set_own(e, &n.value, Value::Bool(Truth::FALSE));
            }
            other => {
                let m = vm.getattr(other, "clear")?;
                vm.call(&m, Args::default())?;
            }
        }
        wakeup_next(vm, &reg, q, queue, &getters)?;
        Ok(Value::None)
    })();
    Some(r)
}

/// `Queue._wakeup_next(self, waiters)`.
pub(super) fn wakeup_next_method(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let [queue, waiters, ..] = a else {
        return None;
    };
    known_queue(&reg, queue)?;
    let list = waiter_list(&reg, waiters)?;
    Some(wake_first(vm, &reg, &list).map(|()| Value::None))
}

/// `waiters.items` of asyncio.py's own `_Waiters`.
fn waiter_list(reg: &Registered, waiters: &Value) -> Option<Value> {
    match waiters {
        Value::Instance(w) if reg.waiters.is(w) => match own(w, &reg.names.items)? {
            v @ Value::List(_) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

/// `self._wakeup_next(waiters)` from a native of `self`'s (exactly `Queue`) methods.
fn wakeup_next(
    vm: &mut Vm,
    reg: &Registered,
    _q: &Instance,
    queue: &Value,
    waiters: &Value,
) -> PyResult<()> {
    match waiter_list(reg, waiters) {
        Some(list) => wake_first(vm, reg, &list),
        None => {
            let m = vm.getattr(queue, "_wakeup_next")?;
            vm.call(&m, Args::new(vec![waiters.clone()])).map(drop)
        }
    }
}

/// The loop of `_wakeup_next`: pop waiters until one that is not done, and give it None.
fn wake_first(vm: &mut Vm, reg: &Registered, list: &Value) -> PyResult<()> {
    let Value::List(items) = list else {
        return Ok(());
    };
    loop {
        let waiter = {
            let mut items = items.borrow_mut();
            if items.is_empty() {
                return Ok(());
            }
            items.remove(0)
        };
        let known = known_future(reg, &waiter).and_then(|fi| Some((fi, state(reg, fi)?)));
        let done = match known {
            Some((_, st)) => st != State::Pending,
            None => {
                let m = vm.getattr(&waiter, "done")?;
                let d = vm.call(&m, Args::default())?;
                vm.truthy(&d)?
            }
        };
        if done {
            continue;
        }
        match known {
            Some((fi, _)) if reg.future.is(fi) => {
                super::asyncio_native_task::set_result(vm, reg, fi, &waiter, Value::None)?;
            }
            _ => {
                let m = vm.getattr(&waiter, "set_result")?;
                vm.call(&m, Args::new(vec![Value::None]))?;
            }
        }
        return Ok(());
    }
}

/// `Event.clear(self)`.
pub(super) fn event_clear(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    match a.first()? {
        Value::Instance(e) if reg.event.is(e) => {
            set_own(e, &reg.names.value, Value::Bool(Truth::FALSE));
            Some(Ok(Value::None))
        }
        _ => None,
    }
}

/// A new instance of `class` (no `__new__` or `__init__` run) with these attributes.
fn new_instance(
    vm: &mut Vm,
    class: &Rc<Class>,
    attrs: Vec<(&super::asyncio_native::Name, Value)>,
) -> Value {
    let inst = Rc::new(Instance::new(class.clone(), NameMap::default(), None));
    vm.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
    for (name, v) in attrs {
        set_own(&inst, name, v);
    }
    Value::Instance(inst)
}

/// Is `class` (one of asyncio.py's, unchanged) what a call of the module global `name` makes
/// with asyncio.py's own `__init__` (no Python `__new__`)?
fn plain_class(reg: &Registered, name: &str, known: &super::asyncio_native::Known) -> bool {
    known.unchanged()
        && global_is(reg, name, &Value::Class(known.class.clone()))
        && !matches!(known.class.lookup("__new__"), Some(Value::Func(_)))
}

/// `Queue.__init__(self, maxsize=0)` of exactly asyncio.py's `Queue`: its `_Waiters()`,
/// `Event()`, `Event.set` and `_init` as asyncio.py's do them.
pub(super) fn queue_init(vm: &mut Vm, a: &mut [Value]) -> Native {
    let reg = reg(vm)?;
    let n = &reg.names;
    let [queue, maxsize, ..] = a else {
        return None;
    };
    let q = known_queue(&reg, queue)?;
    if !plain_class(&reg, "_Waiters", &reg.waiters) || !plain_class(&reg, "Event", &reg.event) {
        return None;
    }
    set_own(q, &n.maxsize, maxsize.clone());
    let getters = new_instance(
        vm,
        &reg.waiters.class,
        vec![(&n.items, Value::list(Vec::new()))],
    );
    set_own(q, &n.getters, getters);
    let putters = new_instance(
        vm,
        &reg.waiters.class,
        vec![(&n.items, Value::list(Vec::new()))],
    );
    set_own(q, &n.putters, putters);
    set_own(q, &n.unfinished, Value::Int(0));
    // `Event()`: the instance, then its `_Waiters()`; then `set()` with nobody waiting.
    let event = new_instance(vm, &reg.event.class, Vec::new());
    if let Value::Instance(e) = &event {
        let waiters = new_instance(
            vm,
            &reg.waiters.class,
            vec![(&n.items, Value::list(Vec::new()))],
        );
        set_own(e, &n.waiters, waiters);
        set_own(e, &n.value, Value::Bool(Truth::FALSE));
    }
    set_own(q, &n.finished_event, event.clone());
    if let Value::Instance(e) = &event {
        set_own(e, &n.value, Value::Bool(Truth::TRUE));
    }
    set_own(q, &n.is_shutdown, Value::Bool(Truth::FALSE));
    set_own(q, &n.queue, Value::list(Vec::new()));
    Some(Ok(Value::None))
}
