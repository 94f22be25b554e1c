//! The methods of generators, coroutines and async generators (one kind of object in the
//! engine, three faces) and of the awaitables that drive coroutines and async generators.

use std::rc::Rc;

use super::methods::{exactly, m_next};
use crate::compile::GenKind;
use crate::generator::Generator;
use crate::value::{Args, MethodFnPtr, PyResult, Value};
use crate::vm::Vm;

/// The argument check of a slot wrapper taking no arguments (`__next__`, `__iter__`,
/// `__await__`, `__aiter__`, `__anext__`): CPython's wrapper descriptors word it their own way.
fn slot_no_args(vm: &Vm, name: &str, a: &Args) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", a.pos.len())));
    }
    Ok(())
}

/// `self` (the `__iter__`/`__aiter__`/`__await__` of an object that is its own iterator).
fn slot_self(vm: &mut Vm, r: &Value, a: Args, name: &str) -> PyResult<Value> {
    slot_no_args(vm, name, &a)?;
    Ok(r.clone())
}

fn gen_of(r: &Value) -> Option<Rc<Generator>> {
    match r {
        Value::Generator(g) => Some(g.clone()),
        _ => None,
    }
}

fn send(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let Some(g) = gen_of(r) else {
        return Ok(Value::None);
    };
    exactly(vm, &format!("{}.send", g.kind().type_name()), &a, 1)?;
    vm.gen_send(&g, super::methods::a0(&a))
}

fn throw(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    match gen_of(r) {
        Some(g) => vm.gen_throw_method(&g, a.pos),
        None => Ok(Value::None),
    }
}

fn close(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let Some(g) = gen_of(r) else {
        return Ok(Value::None);
    };
    exactly(vm, &format!("{}.close", g.kind().type_name()), &a, 0)?;
    vm.gen_close(&g)
}

fn agen_call(vm: &mut Vm, r: &Value, a: Args, name: &'static str) -> PyResult<Value> {
    let Some(g) = gen_of(r) else {
        return Ok(Value::None);
    };
    let full = format!("async_generator.{name}");
    match name {
        "asend" => exactly(vm, &full, &a, 1)?,
        "aclose" => exactly(vm, &full, &a, 0)?,
        "__anext__" => slot_no_args(vm, name, &a)?,
        _ => {}
    }
    vm.agen_method(&g, name, a.pos)
}

/// Method `name` of a generator-like object of `kind`.
pub fn generator_method(kind: GenKind, name: &str) -> Option<(&'static str, MethodFnPtr)> {
    let f: (&'static str, MethodFnPtr) = match (kind, name) {
        (GenKind::AsyncGenerator, "asend") => ("asend", |vm, r, a| agen_call(vm, r, a, "asend")),
        (GenKind::AsyncGenerator, "athrow") => ("athrow", |vm, r, a| agen_call(vm, r, a, "athrow")),
        (GenKind::AsyncGenerator, "aclose") => ("aclose", |vm, r, a| agen_call(vm, r, a, "aclose")),
        (GenKind::AsyncGenerator, "__anext__") => {
            ("__anext__", |vm, r, a| agen_call(vm, r, a, "__anext__"))
        }
        (GenKind::AsyncGenerator, "__aiter__") => {
            ("__aiter__", |vm, r, a| slot_self(vm, r, a, "__aiter__"))
        }
        (GenKind::AsyncGenerator, _) => return None,
        (_, "send") => ("send", send),
        (_, "throw") => ("throw", throw),
        (_, "close") => ("close", close),
        (GenKind::Coroutine, "__await__") => ("__await__", |vm, r, a| {
            slot_no_args(vm, "__await__", &a)?;
            match gen_of(r) {
                Some(g) => Ok(crate::generator::Awaitable::value(
                    crate::generator::AwaitKind::CoroWrapper(g),
                )),
                None => Ok(Value::None),
            }
        }),
        (GenKind::Coroutine, _) => return None,
        (_, "__next__") => ("__next__", |vm, r, a| {
            slot_no_args(vm, "__next__", &a)?;
            m_next(vm, r, a)
        }),
        (_, "__iter__") => ("__iter__", |vm, r, a| slot_self(vm, r, a, "__iter__")),
        _ => return None,
    };
    Some(f)
}

fn aw_of(r: &Value) -> Option<Rc<crate::generator::Awaitable>> {
    match r {
        Value::Awaitable(a) => Some(a.clone()),
        _ => None,
    }
}

/// Method `name` of an awaitable (coroutine_wrapper, asend, athrow, anext_awaitable).
pub fn awaitable_method(name: &str) -> Option<(&'static str, MethodFnPtr)> {
    let f: (&'static str, MethodFnPtr) = match name {
        "send" => ("send", |vm, r, a| match aw_of(r) {
            Some(aw) => {
                let n = format!("{}.send", aw.type_name());
                exactly(vm, &n, &a, 1)?;
                vm.await_send(&aw, super::methods::a0(&a))
            }
            None => Ok(Value::None),
        }),
        "throw" => ("throw", |vm, r, a| match aw_of(r) {
            Some(aw) => vm.await_throw(&aw, a.pos),
            None => Ok(Value::None),
        }),
        "close" => ("close", |vm, r, a| match aw_of(r) {
            Some(aw) => {
                let n = format!("{}.close", aw.type_name());
                exactly(vm, &n, &a, 0)?;
                vm.await_close(&aw)
            }
            None => Ok(Value::None),
        }),
        "__next__" => ("__next__", |vm, r, a| {
            slot_no_args(vm, "__next__", &a)?;
            match aw_of(r) {
                Some(aw) => vm.await_send(&aw, Value::None),
                None => Ok(Value::None),
            }
        }),
        "__iter__" => ("__iter__", |vm, r, a| slot_self(vm, r, a, "__iter__")),
        "__await__" => ("__await__", |vm, r, a| slot_self(vm, r, a, "__await__")),
        _ => return None,
    };
    Some(f)
}
