//! The hot paths of the engine's asyncio (asyncio.py) in Rust: making a loop's `Handle` and
//! running the ready queue. asyncio.py stays the specification: each native here does what
//! the Python code it replaces does (same objects, same attributes in the same order, same
//! order of calls and drops), and hands anything unusual (a subclass, a patched method) back
//! to that Python code.
//!
//! asyncio.py registers its classes and fallbacks once per import (`_native_setup`); the
//! helpers it calls (`_new_handle`, `_run_ready`) are in its namespace (pymodule.rs).

use std::rc::Rc;

use crate::heap::Tracked;
use crate::value::{Args, Class, Flow, Instance, NameMap, PyResult, Str, Value};
use crate::vm::{ExcKind, Vm};

/// What asyncio.py registered: its classes and the Python functions the natives defer to.
#[derive(Default)]
pub struct Natives {
    handle: Option<Rc<Class>>,
    timer_handle: Option<Rc<Class>>,
    /// `Handle._run` as defined (a handle whose class has another one runs it).
    handle_run: Option<Value>,
    /// `Handle.__init__` as defined.
    handle_init: Option<Value>,
    /// `_callback_failed(handle, exc)`: what `Handle._run` does with a callback's exception.
    callback_failed: Option<Value>,
    names: Names,
}

/// Attribute names, made once (a `Str` key is a reference count away).
struct Names {
    callback: Str,
    args: Str,
    loop_: Str,
    cancelled: Str,
    ready: Str,
    ready_head: Str,
}

impl Default for Names {
    fn default() -> Names {
        Names {
            callback: Str::from("_callback"),
            args: Str::from("_args"),
            loop_: Str::from("_loop"),
            cancelled: Str::from("_cancelled"),
            ready: Str::from("_ready"),
            ready_head: Str::from("_ready_head"),
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

/// `_native_setup(Handle, TimerHandle, _callback_failed)`.
fn setup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [Value::Class(handle), Value::Class(timer), failed] = &a.pos[..] else {
        return Err(vm.type_error("_native_setup(Handle, TimerHandle, _callback_failed)"));
    };
    vm.asyncio = Natives {
        handle_run: handle.lookup("_run"),
        handle_init: handle.lookup("__init__"),
        handle: Some(handle.clone()),
        timer_handle: Some(timer.clone()),
        callback_failed: Some(failed.clone()),
        names: Names::default(),
    };
    Ok(Value::None)
}

/// An attribute of an instance's own dict (None: not there, or its dict is a live object).
fn own(inst: &Instance, name: &Str) -> Option<Value> {
    if inst.live.borrow().is_some() {
        return None;
    }
    inst.dict.borrow().get(name).cloned()
}

/// `Handle(callback, args, loop)`, made as `Handle.__init__` makes it.
fn make_handle(vm: &mut Vm, cls: &Rc<Class>, callback: Value, args: Value, loop_: Value) -> Value {
    let names = &vm.asyncio.names;
    let mut dict = NameMap::default();
    dict.reserve(4);
    dict.insert(names.callback.clone(), callback);
    dict.insert(names.args.clone(), args);
    dict.insert(names.loop_.clone(), loop_);
    dict.insert(
        names.cancelled.clone(),
        Value::Bool(crate::value::Truth::FALSE),
    );
    let inst = Rc::new(Instance::new(cls.clone(), dict, None));
    vm.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
    Value::Instance(inst)
}

/// `_new_handle(loop, callback, args)`: `loop._ready.append(Handle(callback, args, loop))`,
/// returning the handle (the body of `call_soon` after its closed check).
fn new_handle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut pos = a.pos.into_iter();
    let (Some(loop_), Some(callback), Some(args)) = (pos.next(), pos.next(), pos.next()) else {
        return Err(vm.type_error("_new_handle(loop, callback, args)"));
    };
    let handle = match vm.asyncio.handle.clone() {
        Some(cls) if plain_init(vm, &cls) => make_handle(vm, &cls, callback, args, loop_.clone()),
        Some(cls) => vm.call(
            &Value::Class(cls),
            Args::new(vec![callback, args, loop_.clone()]),
        )?,
        None => return Err(vm.type_error("_new_handle before _native_setup")),
    };
    let ready = match &loop_ {
        Value::Instance(li) => own(li, &vm.asyncio.names.ready),
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

/// Does `cls` make its handles with asyncio.py's own `Handle.__init__` (no subclass, no
/// `__init__` or `__new__` put on it since)?
fn plain_init(vm: &Vm, cls: &Class) -> bool {
    let init_is_ours = match (cls.lookup("__init__"), &vm.asyncio.handle_init) {
        (Some(Value::Func(a)), Some(Value::Func(b))) => Rc::ptr_eq(&a, b),
        _ => false,
    };
    init_is_ours && !matches!(cls.lookup("__new__"), Some(Value::Func(_)))
}

/// `_run_ready(loop)`: the ready-queue part of `_run_once`. Runs the handles that were ready
/// when it began, each taken out of `loop._ready` (its slot set to None and
/// `loop._ready_head` moved past it) before it runs, skipping cancelled ones, and released
/// after it ran.
fn run_ready(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(loop_) = a.pos.into_iter().next() else {
        return Err(vm.type_error("_run_ready(loop)"));
    };
    let Value::Instance(li) = &loop_ else {
        return Err(vm.type_error("_run_ready(loop)"));
    };
    let ready_name = vm.asyncio.names.ready.clone();
    let head_name = vm.asyncio.names.ready_head.clone();
    let (Some(Value::List(ready)), Some(Value::Int(mut i))) =
        (own(li, &ready_name), own(li, &head_name))
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
        drop(li.set_attr(&head_name, Value::Int(i)));
        let r = run_handle(vm, &handle);
        drop(handle);
        r?;
        finalize_here(vm)?;
    }
    Ok(Value::None)
}

/// Run the finalizers of what a native released, attributed as for a release in asyncio.py's
/// own frames (its `_REPORT_LINE`, see `Vm::release_line`: CPython's step is C code).
fn finalize_here(vm: &mut Vm) -> PyResult<()> {
    if !vm.heap.has_pending() {
        return Ok(());
    }
    let line = match &vm.asyncio.callback_failed {
        Some(Value::Func(f)) => f.globals.borrow().get("_REPORT_LINE").cloned(),
        _ => None,
    };
    match line {
        Some(Value::Int(0)) => vm.current_line = vm.case_line,
        Some(Value::Int(n)) => vm.current_line = u32::try_from(n).unwrap_or(vm.current_line),
        _ => {}
    }
    vm.run_finalizers()
}

/// `if not handle._cancelled: handle._run()`, with `Handle._run` done here for asyncio.py's
/// own handles.
fn run_handle(vm: &mut Vm, handle: &Value) -> PyResult<()> {
    let fast = match handle {
        Value::Instance(h) => {
            let n = &vm.asyncio;
            let ours = [&n.handle, &n.timer_handle]
                .into_iter()
                .flatten()
                .any(|c| Rc::ptr_eq(c, &h.class));
            let run_is_ours = match (h.class.lookup("_run"), &n.handle_run) {
                (Some(Value::Func(a)), Some(Value::Func(b))) => Rc::ptr_eq(&a, b),
                _ => false,
            };
            if ours && run_is_ours {
                match (
                    own(h, &n.names.cancelled),
                    own(h, &n.names.callback),
                    own(h, &n.names.args),
                ) {
                    (Some(Value::Bool(c)), Some(cb), Some(Value::Tuple(args))) => {
                        Some((c.get(), cb, args))
                    }
                    _ => None,
                }
            } else {
                None
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
    let r = vm.call(&callback, Args::new(args.to_vec()));
    drop(callback);
    drop(args);
    finalize_here(vm)?;
    match r {
        Ok(_) => Ok(()),
        Err(Flow::Exc(e))
            if !vm.is_exc_instance(&e, ExcKind::SystemExit)
                && !vm.is_exc_instance(&e, ExcKind::KeyboardInterrupt) =>
        {
            // `except BaseException as exc:` in `Handle._run`: the report runs with the
            // exception being handled.
            let Some(failed) = vm.asyncio.callback_failed.clone() else {
                return Err(Flow::Exc(e));
            };
            let old = vm.exc_stack.last_mut().and_then(|s| s.replace(e.clone()));
            let r = vm.call(&failed, Args::new(vec![handle.clone(), e]));
            if let Some(s) = vm.exc_stack.last_mut() {
                drop(std::mem::replace(s, old));
            }
            r.map(drop)
        }
        Err(other) => Err(other),
    }
}
