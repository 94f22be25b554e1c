//! The parts of CPython's `test.support` that its generator doctests use: `gc_collect`,
//! `HAVE_DOCSTRINGS`, and `catch_unraisable_exception()`, the context manager that keeps what
//! `sys.unraisablehook` would get instead of reporting it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::{
    Args, BuiltinFn, BuiltinKind, Class, Instance, MethodFnPtr, NameMap, PyResult, Str, Truth,
    TypeId, Value,
};
use crate::vm::Vm;

fn method(name: &'static str, p: MethodFnPtr) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name,
        recv: None,
        kind: BuiltinKind::Method(p),
    }))
}

/// A class of `module` with built-in methods (whose instances get Python attributes).
fn class(module: &str, name: &str, methods: Vec<(&'static str, MethodFnPtr)>) -> Rc<Class> {
    let mut d = NameMap::default();
    for (n, p) in methods {
        d.insert(Str::from(n), method(n, p));
    }
    Class {
        name: Str::from(name),
        qualname: RefCell::new(Str::from(name)),
        module: Str::from(module),
        bases: Vec::new(),
        mro: Vec::new(),
        dict: RefCell::new(d),
        base_type: TypeId::Object,
        builtin: false,
        attr_hooks: false,
        layout: crate::value::Layout::plain(),
        cache: Default::default(),
        meta: None,
    }
    .into_rc()
}

/// The module's attributes.
pub fn items() -> Vec<(&'static str, Value)> {
    vec![
        // With reference counting every finalizer has already run when this is called; the
        // cycles the engine does not collect stay (see README, "Deliberate differences").
        (
            "gc_collect",
            super::func("gc_collect", |_, _| Ok(Value::None)),
        ),
        ("HAVE_DOCSTRINGS", Value::Bool(Truth::TRUE)),
        (
            "catch_unraisable_exception",
            super::func("catch_unraisable_exception", catch_unraisable_exception),
        ),
    ]
}

fn catch_unraisable_exception(_: &mut Vm, _: Args) -> PyResult<Value> {
    let cls = class(
        "test.support",
        "catch_unraisable_exception",
        vec![("__enter__", enter), ("__exit__", exit)],
    );
    Ok(Value::Instance(Rc::new(Instance::new(
        cls,
        NameMap::default(),
        None,
    ))))
}

fn enter(vm: &mut Vm, me: &Value, _: Args) -> PyResult<Value> {
    let previous = vm.unraisable_catcher.replace(me.clone());
    vm.setattr(me, "_previous", previous.unwrap_or(Value::None))?;
    Ok(me.clone())
}

fn exit(vm: &mut Vm, me: &Value, _: Args) -> PyResult<Value> {
    let previous = vm.getattr(me, "_previous")?;
    vm.unraisable_catcher = (!previous.is_none()).then_some(previous);
    if let Value::Instance(i) = me {
        i.del_attr("_previous");
        i.del_attr("unraisable");
    }
    Ok(Value::None)
}

/// The `UnraisableHookArgs` a hook receives for exception `e` raised in `object`'s finalizer.
pub fn unraisable_args(vm: &Vm, object: Value, err_msg: Option<String>, e: Value) -> Value {
    let mut d = NameMap::default();
    d.insert(Str::from("exc_type"), Value::Class(vm.class_of(&e)));
    let tb = e
        .exc()
        .and_then(|x| x.borrow().traceback.clone())
        .map_or(Value::None, Value::Traceback);
    d.insert(Str::from("exc_traceback"), tb);
    d.insert(Str::from("exc_value"), e);
    d.insert(
        Str::from("err_msg"),
        err_msg.map_or(Value::None, |m| Value::Str(Str::from(m.as_str()))),
    );
    d.insert(Str::from("object"), object);
    Value::Instance(Rc::new(Instance::new(
        class("sys", "UnraisableHookArgs", Vec::new()),
        d,
        None,
    )))
}
