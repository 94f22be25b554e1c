//! The module attributes and builtins of coroutines and async generators: `inspect`'s
//! predicates and state functions, `types.coroutine` and the types, `sys`'s async generator
//! hooks, `anext()`/`aiter()`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::GenKind;
use crate::generator::GenStatus;
use crate::value::{
    Args, BuiltinFn, BuiltinFnPtr, BuiltinKind, Class, Instance, NameMap, PyResult, Str, TypeId,
    Value,
};
use crate::vm::ExcKind;
use crate::vm::Vm;

fn f(name: &'static str, p: BuiltinFnPtr) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name,
        recv: None,
        kind: BuiltinKind::Func(p),
    }))
}

/// The generator kind of a function (or bound method) whose code makes generators.
fn function_kind(v: Option<&Value>) -> Option<GenKind> {
    let code = match v? {
        Value::Func(f) => f.code.clone(),
        Value::Method(m) => match &m.func {
            Value::Func(f) => f.code.clone(),
            _ => return None,
        },
        _ => return None,
    };
    code.is_generator.then_some(code.gen_kind.get())
}

fn gen_kind(v: Option<&Value>) -> Option<GenKind> {
    match v? {
        Value::Generator(g) => Some(g.kind()),
        _ => None,
    }
}

/// `inspect`'s functions for coroutines and async generators.
pub fn inspect_items(vm: &Vm) -> Vec<(&'static str, Value)> {
    let mut items = vec![
        (
            "iscoroutine",
            f("iscoroutine", |_, a| {
                Ok(Value::bool(
                    gen_kind(a.pos.first()) == Some(GenKind::Coroutine),
                ))
            }),
        ),
        (
            "isasyncgen",
            f("isasyncgen", |_, a| {
                Ok(Value::bool(
                    gen_kind(a.pos.first()) == Some(GenKind::AsyncGenerator),
                ))
            }),
        ),
        (
            "iscoroutinefunction",
            f("iscoroutinefunction", |_, a| {
                Ok(Value::bool(
                    function_kind(a.pos.first()) == Some(GenKind::Coroutine),
                ))
            }),
        ),
        (
            "isasyncgenfunction",
            f("isasyncgenfunction", |_, a| {
                Ok(Value::bool(
                    function_kind(a.pos.first()) == Some(GenKind::AsyncGenerator),
                ))
            }),
        ),
        (
            "isawaitable",
            f("isawaitable", |vm, a| {
                let Some(v) = a.pos.first() else {
                    return Err(vm.type_error(
                        "isawaitable() missing 1 required positional argument: 'object'",
                    ));
                };
                Ok(Value::bool(match v {
                    Value::Generator(g) => {
                        matches!(g.kind(), GenKind::Coroutine | GenKind::IterableCoroutine)
                    }
                    Value::Awaitable(_) => true,
                    Value::Class(_) => false,
                    _ => vm.lookup_special(v, "__await__").is_some(),
                }))
            }),
        ),
        (
            "getcoroutinestate",
            f("getcoroutinestate", |vm, a| {
                let v = a.pos.first().cloned().unwrap_or(Value::None);
                state_of(vm, &v, "cr_", "CORO_")
            }),
        ),
        ("CORO_CREATED", Value::str("CORO_CREATED")),
        ("CORO_RUNNING", Value::str("CORO_RUNNING")),
        ("CORO_SUSPENDED", Value::str("CORO_SUSPENDED")),
        ("CORO_CLOSED", Value::str("CORO_CLOSED")),
    ];
    if vm.rules.ag_suspended {
        items.extend([
            (
                "getasyncgenstate",
                f("getasyncgenstate", |vm, a| {
                    let v = a.pos.first().cloned().unwrap_or(Value::None);
                    state_of(vm, &v, "ag_", "AGEN_")
                }),
            ),
            ("AGEN_CREATED", Value::str("AGEN_CREATED")),
            ("AGEN_RUNNING", Value::str("AGEN_RUNNING")),
            ("AGEN_SUSPENDED", Value::str("AGEN_SUSPENDED")),
            ("AGEN_CLOSED", Value::str("AGEN_CLOSED")),
        ]);
    }
    items
}

/// `inspect.getcoroutinestate` / `getasyncgenstate`, written (as in `inspect.py`) in terms of
/// the object's attributes, so a wrong object fails as it does there.
pub(super) fn state_of(vm: &mut Vm, v: &Value, attr: &str, prefix: &str) -> PyResult<Value> {
    if vm.rules.gen_state_attr {
        // 3.15: `return coroutine.cr_state`.
        return vm.getattr(v, &format!("{attr}state"));
    }
    let running = vm.getattr(v, &format!("{attr}running"))?;
    if vm.truthy(&running)? {
        return Ok(Value::str(&format!("{prefix}RUNNING")));
    }
    let suspended_attr = vm.rules.gi_suspended;
    if suspended_attr {
        let s = vm.getattr(v, &format!("{attr}suspended"))?;
        if vm.truthy(&s)? {
            return Ok(Value::str(&format!("{prefix}SUSPENDED")));
        }
    }
    let frame = vm.getattr(v, &format!("{attr}frame"))?;
    if frame.is_none() {
        return Ok(Value::str(&format!("{prefix}CLOSED")));
    }
    if !suspended_attr {
        // Before 3.11: `if gen.gi_frame.f_lasti == -1: CREATED` (the frame read again),
        // else SUSPENDED.
        let started = match v {
            Value::Generator(g) => g.status() == GenStatus::Suspended,
            _ => {
                drop(frame);
                let frame = vm.getattr(v, &format!("{attr}frame"))?;
                let lasti = vm.getattr(&frame, "f_lasti")?;
                !vm.eq(&lasti, &Value::Int(-1))?
            }
        };
        if started {
            return Ok(Value::str(&format!("{prefix}SUSPENDED")));
        }
    }
    Ok(Value::str(&format!("{prefix}CREATED")))
}

/// `types`' coroutine entries.
pub fn types_items(vm: &Vm) -> Vec<(&'static str, Value)> {
    let ty = &vm.types;
    vec![
        ("CoroutineType", Value::Class(ty.iter_type("coroutine"))),
        (
            "AsyncGeneratorType",
            Value::Class(ty.iter_type("async_generator")),
        ),
        (
            "coroutine",
            f("coroutine", |vm, a| {
                let v = a.pos.first().cloned().unwrap_or(Value::None);
                vm.types_coroutine(&v)
            }),
        ),
    ]
}

/// `sys`' async generator hook functions.
pub fn sys_items() -> Vec<(&'static str, Value)> {
    vec![
        (
            "set_coroutine_origin_tracking_depth",
            f("set_coroutine_origin_tracking_depth", |vm, a| {
                vm.set_origin_depth(a)
            }),
        ),
        (
            "get_coroutine_origin_tracking_depth",
            f("get_coroutine_origin_tracking_depth", |vm, _| {
                Ok(vm.origin_depth())
            }),
        ),
        (
            "set_asyncgen_hooks",
            f("set_asyncgen_hooks", |vm, a| vm.set_asyncgen_hooks(a)),
        ),
        (
            "get_asyncgen_hooks",
            f("get_asyncgen_hooks", |vm, _| {
                let (first, fin) = vm.asyncgen_hooks.clone();
                Ok(hooks_value(
                    vm,
                    first.unwrap_or(Value::None),
                    fin.unwrap_or(Value::None),
                ))
            }),
        ),
    ]
}

/// `sys.asyncgen_hooks(firstiter=…, finalizer=…)`, the struct sequence
/// `get_asyncgen_hooks()` returns: its two fields by name or index, and its repr.
fn hooks_value(vm: &mut Vm, firstiter: Value, finalizer: Value) -> Value {
    let cls = vm
        .asyncgen_hooks_class
        .get_or_insert_with(hooks_class)
        .clone();
    let mut d = NameMap::default();
    d.insert(Str::from("firstiter"), firstiter);
    d.insert(Str::from("finalizer"), finalizer);
    Value::Instance(Rc::new(Instance::new(cls, d, None)))
}

fn field(vm: &mut Vm, r: &Value, name: &str) -> PyResult<Value> {
    vm.getattr(r, name)
}

fn hooks_class() -> Rc<Class> {
    let mut d = NameMap::default();
    let method = |name: &'static str, p: crate::value::MethodFnPtr| {
        Value::Builtin(Rc::new(BuiltinFn {
            name,
            recv: None,
            kind: BuiltinKind::Method(p),
        }))
    };
    d.insert(
        Str::from("__repr__"),
        method("__repr__", |vm, r, _| {
            let a = field(vm, r, "firstiter")?;
            let b = field(vm, r, "finalizer")?;
            let (a, b) = (vm.repr(&a)?, vm.repr(&b)?);
            Ok(Value::str(&format!(
                "asyncgen_hooks(firstiter={a}, finalizer={b})"
            )))
        }),
    );
    d.insert(
        Str::from("__getitem__"),
        method("__getitem__", |vm, r, a: Args| {
            match a.pos.first().and_then(|v| vm.index_of(v)) {
                Some(0) | Some(-2) => field(vm, r, "firstiter"),
                Some(1) | Some(-1) => field(vm, r, "finalizer"),
                _ => Err(vm.err(ExcKind::IndexError, "tuple index out of range")),
            }
        }),
    );
    d.insert(
        Str::from("__len__"),
        method("__len__", |_, _, _| Ok(Value::Int(2))),
    );
    Class {
        name: Str::from("asyncgen_hooks"),
        qualname: RefCell::new(Str::from("asyncgen_hooks")),
        module: Str::from("sys"),
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

/// `anext()` and `aiter()` (3.10+: on older targets the names are not defined).
pub fn builtin_items() -> Vec<(&'static str, BuiltinFnPtr)> {
    vec![
        ("anext", |vm, a| {
            if !vm.rules.aiter_anext_builtins {
                return Err(vm.name_error("anext"));
            }
            vm.builtin_anext(a.pos)
        }),
        ("aiter", |vm, a| {
            if !vm.rules.aiter_anext_builtins {
                return Err(vm.name_error("aiter"));
            }
            vm.builtin_aiter(a.pos)
        }),
    ]
}

/// What `dir()` lists for a coroutine or an async generator beyond `object`'s names.
pub fn dir_names(rules: &crate::Rules, kind: GenKind) -> Vec<String> {
    let mut out: Vec<&str> = vec!["__del__", "__name__", "__qualname__"];
    if kind == GenKind::AsyncGenerator {
        out.extend([
            "__aiter__",
            "__anext__",
            "aclose",
            "ag_await",
            "ag_code",
            "ag_frame",
            "ag_running",
            "asend",
            "athrow",
        ]);
        if rules.builtin_generic_alias {
            out.push("__class_getitem__");
        }
        if rules.ag_suspended {
            out.push("ag_suspended");
        }
    } else {
        out.extend([
            "__await__",
            "close",
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_origin",
            "cr_running",
            "send",
            "throw",
        ]);
        if rules.gi_suspended {
            out.push("cr_suspended");
        }
    }
    out.into_iter().map(String::from).collect()
}
