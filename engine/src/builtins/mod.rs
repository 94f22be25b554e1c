//! Built-in functions and constructors of built-in types (`print`, `len`, `int(...)`, …).

mod async_items;
pub mod asyncio_native;
mod asyncio_native_future;
mod asyncio_native_queue;
mod asyncio_native_task;
mod codecs;
mod construct;
mod coro_methods;
mod exc_group;
pub(crate) mod int_args;
pub mod itertools;
pub mod methods;
mod modules;
mod pymodule;
pub(crate) use pymodule::forget_methods;
pub mod slots;
mod test_support;
pub use test_support::unraisable_args;
pub(crate) mod str_methods;
mod str_unicode;
pub(crate) mod unicode_data;
pub mod weakref;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::value::{
    int, Args, BuiltinFn, BuiltinFnPtr, BuiltinKind, Class, Dict, Flow, Iter, NameMap, PyResult,
    PySet, RangeObj, SeqKind, Str, ThinRc, Truth, Value,
};
use crate::vm::ExcKind;
use crate::vm::{Types, Vm};
pub use construct::construct;
pub use exc_group::{add_note_method, group_of};
pub use modules::{import, user_unraisablehook};
pub use pymodule::{py_builtin, PY_BUILTINS};

fn func(name: &'static str, f: BuiltinFnPtr) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name,
        recv: None,
        kind: BuiltinKind::Func(f),
    }))
}

fn arity(vm: &Vm, name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len();
    if n < min || n > max {
        if min == max {
            return Err(vm.type_error(format!(
                "{name}() takes exactly {} argument{} ({n} given)",
                if min == 1 {
                    "one".to_string()
                } else {
                    min.to_string()
                },
                if min == 1 { "" } else { "s" }
            )));
        }
        if n < min {
            return Err(vm.type_error(format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )));
        }
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn kw(a: &Args, name: &str) -> Option<Value> {
    a.kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

thread_local! {
    /// The built-in classes and the builtins namespace, built once per thread: both are
    /// immutable to Python code (built-in types reject attribute assignment and the
    /// namespace is never written), so cases on one thread can share them.
    static PRELUDE: RefCell<Option<(Rc<Types>, Rc<NameMap>)>> = const { RefCell::new(None) };
}

/// The built-in classes and the builtins namespace (shared, see `PRELUDE`).
pub fn prelude() -> (Rc<Types>, Rc<NameMap>) {
    if let Some(p) = PRELUDE.with(|p| p.borrow().clone()) {
        return p;
    }
    let types = Types::new();
    let builtins = builtins_namespace(&types);
    let p = (Rc::new(types), Rc::new(builtins));
    PRELUDE.with(|c| *c.borrow_mut() = Some(p.clone()));
    p
}

fn builtins_namespace(t: &Types) -> NameMap {
    let mut b = crate::value::NameMap::default();
    let classes = [
        &t.object,
        &t.type_,
        &t.int,
        &t.bool_,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.super_,
    ];
    for c in classes {
        b.insert(c.name.clone(), Value::Class(c.clone()));
    }
    for n in ["enumerate", "zip", "map", "filter"] {
        b.insert(Str::from(n), Value::Class(t.iter_type(n)));
    }
    for kind in ExcKind::ALL {
        b.insert(Str::from(kind.name()), Value::Class(t.exc(*kind).clone()));
    }
    // Aliases of OSError since 3.3.
    for alias in ["IOError", "EnvironmentError"] {
        b.insert(
            Str::from(alias),
            Value::Class(t.exc(ExcKind::OSError).clone()),
        );
    }
    let fns: &[(&'static str, BuiltinFnPtr)] = &[
        ("print", b_print),
        ("next", b_next),
        ("iter", b_iter),
        ("len", |vm, a| {
            arity(vm, "len", &a, 1, 1)?;
            Ok(Value::Int(vm.len(&a.pos[0])? as i64))
        }),
        ("repr", |vm, a| {
            arity(vm, "repr", &a, 1, 1)?;
            Ok(Value::str(&vm.repr(&a.pos[0])?))
        }),
        ("ascii", |vm, a| {
            arity(vm, "ascii", &a, 1, 1)?;
            Ok(Value::str(&crate::format::ascii(&vm.repr(&a.pos[0])?)))
        }),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("sum", b_sum),
        ("min", |vm, a| b_minmax(vm, a, true)),
        ("max", |vm, a| b_minmax(vm, a, false)),
        ("abs", b_abs),
        ("sorted", b_sorted),
        ("reversed", b_reversed),
        ("any", |vm, a| {
            arity(vm, "any", &a, 1, 1)?;
            let it = vm.iter(&a.pos[0])?;
            while let Some(x) = vm.next(&it)? {
                if vm.truthy(&x)? {
                    return Ok(Value::Bool(Truth::TRUE));
                }
            }
            Ok(Value::Bool(Truth::FALSE))
        }),
        ("all", |vm, a| {
            arity(vm, "all", &a, 1, 1)?;
            let it = vm.iter(&a.pos[0])?;
            while let Some(x) = vm.next(&it)? {
                if !vm.truthy(&x)? {
                    return Ok(Value::Bool(Truth::FALSE));
                }
            }
            Ok(Value::Bool(Truth::TRUE))
        }),
        ("hasattr", |vm, a| {
            arity(vm, "hasattr", &a, 2, 2)?;
            let name = attr_name(vm, &a.pos[1])?;
            Ok(Value::bool(vm.hasattr(&a.pos[0], &name)?))
        }),
        ("getattr", |vm, a| {
            arity(vm, "getattr", &a, 2, 3)?;
            let name = attr_name(vm, &a.pos[1])?;
            match vm.getattr(&a.pos[0], &name) {
                Ok(v) => Ok(v),
                Err(Flow::Exc(e))
                    if a.pos.len() == 3 && vm.is_exc_instance(&e, ExcKind::AttributeError) =>
                {
                    Ok(a.pos[2].clone())
                }
                Err(e) => Err(e),
            }
        }),
        ("setattr", |vm, a| {
            arity(vm, "setattr", &a, 3, 3)?;
            let name = attr_name(vm, &a.pos[1])?;
            vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
            Ok(Value::None)
        }),
        ("delattr", |vm, a| {
            arity(vm, "delattr", &a, 2, 2)?;
            let name = attr_name(vm, &a.pos[1])?;
            vm.delattr(&a.pos[0], &name)?;
            Ok(Value::None)
        }),
        ("callable", |vm, a| {
            arity(vm, "callable", &a, 1, 1)?;
            let v = &a.pos[0];
            Ok(Value::bool(match v {
                Value::Func(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
                Value::Instance(_) => vm.lookup_special(v, "__call__").is_some(),
                _ => false,
            }))
        }),
        ("divmod", |vm, a| {
            arity(vm, "divmod", &a, 2, 2)?;
            let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_));
            let zero = match &a.pos[1] {
                Value::Int(0) => true,
                Value::Bool(b) => !b.get(),
                Value::Float(f) => f.get() == 0.0,
                _ => false,
            };
            if zero {
                let kind = match (&a.pos[0], &a.pos[1]) {
                    (x, y) if numeric(x) && numeric(y) => Some(crate::vm::ZeroDiv::IntDivmod),
                    (x, Value::Float(_)) | (x @ Value::Float(_), _)
                        if numeric(x) || matches!(x, Value::Float(_)) =>
                    {
                        Some(crate::vm::ZeroDiv::FloatDivmod)
                    }
                    _ => None,
                };
                if let Some(kind) = kind {
                    return Err(vm.zero_division(kind));
                }
            }
            // Objects take part through __divmod__/__rdivmod__ only (which a class may not
            // define on the engine: unsupported there), never through // and %.
            let number = |v: &Value| numeric(v) || matches!(v, Value::Float(_));
            if !number(&a.pos[0]) || !number(&a.pos[1]) {
                return Err(vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&a.pos[0]),
                    vm.type_name(&a.pos[1])
                )));
            }
            let q = vm.binary(&a.pos[0], &a.pos[1], crate::compile::BinOp::FloorDiv, false)?;
            let r = vm.binary(&a.pos[0], &a.pos[1], crate::compile::BinOp::Mod, false)?;
            Ok(Value::tuple(vec![q, r]))
        }),
        ("pow", |vm, a| {
            arity(vm, "pow", &a, 2, 3)?;
            if let Some(m) = a.pos.get(2).filter(|m| !m.is_none()) {
                return int_args::pow_mod(vm, &a.pos[0], &a.pos[1], m);
            }
            let p = vm.binary(&a.pos[0], &a.pos[1], crate::compile::BinOp::Pow, false)?;
            match a.pos.get(2) {
                Some(m) if !m.is_none() => vm.binary(&p, m, crate::compile::BinOp::Mod, false),
                _ => Ok(p),
            }
        }),
        ("round", b_round),
        ("chr", |vm, a| {
            arity(vm, "chr", &a, 1, 1)?;
            let i = vm.index_arg(&a.pos[0])?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
                None => Err(vm.value_error("chr() arg not in range(0x110000)")),
            }
        }),
        ("ord", |vm, a| {
            arity(vm, "ord", &a, 1, 1)?;
            match &a.pos[0] {
                Value::Str(s) => {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Ok(Value::Int(c as i64)),
                        _ => Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.chars().count()
                        ))),
                    }
                }
                other => Err(vm.type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    vm.type_name(other)
                ))),
            }
        }),
        ("dir", b_dir),
        ("id", |vm, a| {
            arity(vm, "id", &a, 1, 1)?;
            Ok(Value::Int(a.pos[0].addr().unwrap_or(0) as i64))
        }),
        ("hash", |vm, a| {
            arity(vm, "hash", &a, 1, 1)?;
            let k = vm.key(a.pos[0].clone())?;
            Ok(Value::Int(k.hash))
        }),
        ("format", |vm, a| {
            arity(vm, "format", &a, 1, 2)?;
            let spec = match a.pos.get(1) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Ok(Value::str(&vm.format_value(&a.pos[0], &spec)?))
        }),
        ("hex", |vm, a| radix(vm, a, 'x', "0x")),
        ("oct", |vm, a| radix(vm, a, 'o', "0o")),
        ("bin", |vm, a| radix(vm, a, 'b', "0b")),
        ("globals", |vm, _| {
            let mut d = Dict::new();
            let items: Vec<_> = vm
                .globals
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (k, v) in items {
                let k = vm.key(Value::Str(k))?;
                d.insert(k, v);
            }
            Ok(Value::Dict(Rc::new(RefCell::new(d))))
        }),
        ("vars", |vm, a| {
            arity(vm, "vars", &a, 1, 1)?;
            match vm.getattr(&a.pos[0], "__dict__") {
                Err(Flow::Exc(e)) if vm.is_exc_instance(&e, ExcKind::AttributeError) => {
                    Err(vm.type_error("vars() argument must have __dict__ attribute"))
                }
                r => r,
            }
        }),
    ];
    for (n, f) in fns.iter().chain(&async_items::builtin_items()) {
        b.insert(Str::from(*n), func(n, *f));
    }
    b.insert(Str::from("None"), Value::None);
    b.insert(Str::from("Ellipsis"), Value::Ellipsis);
    b.insert(Str::from("NotImplemented"), Value::NotImplemented);
    b.insert(Str::from("__name__"), Value::str("builtins"));
    // Methods that user classes inherit.
    let obj_methods: &[(&'static str, crate::value::MethodFnPtr)] = &[
        ("__init__", |_, _, _| Ok(Value::None)),
        // The generic attribute protocol, for a user __setattr__/__delattr__/__getattr__ to
        // fall back on (`object.__setattr__(self, name, value)`, `super().__setattr__`).
        ("__setattr__", |vm, r, a| {
            if a.pos.len() != 2 {
                return Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_setattr(r, &name, a.pos[1].clone())?;
            Ok(Value::None)
        }),
        ("__delattr__", |vm, r, a| {
            if a.pos.len() != 1 {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_delattr(r, &name)?;
            Ok(Value::None)
        }),
        ("__getattribute__", |vm, r, a| {
            if a.pos.len() != 1 {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_getattr(r, &name)
        }),
        ("__str__", |vm, r, _| Ok(Value::str(&vm.repr(r)?))),
        // object.__new__(cls, *args) (called unbound, or bound to cls through super()).
        ("__new__", |vm, r, a| {
            let (cls, rest) = match a.pos.split_first() {
                Some((Value::Class(c), rest)) => (c.clone(), rest.to_vec()),
                _ => match r {
                    Value::Class(c) => (c.clone(), a.pos.clone()),
                    _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
                },
            };
            if cls.builtin
                && !matches!(
                    cls.base_type,
                    crate::value::TypeId::Object | crate::value::TypeId::BaseException
                )
            {
                return vm.unsupported(&format!("object.__new__({})", cls.name));
            }
            if cls.is_subclass_of(vm.types.exc(ExcKind::OSError)) {
                let user_init = matches!(cls.lookup("__init__"), Some(Value::Func(_)));
                return vm.new_os_error(&cls, rest, user_init);
            }
            Ok(if cls.is_exception() {
                vm.new_exception(&cls, rest)
            } else {
                let inst = Rc::new(crate::value::Instance::new(
                    cls,
                    crate::value::NameMap::default(),
                    None,
                ));
                vm.heap
                    .track(crate::heap::Tracked::Instance(Rc::downgrade(&inst)));
                Value::Instance(inst)
            })
        }),
    ];
    // object.__init_subclass__ (an implicit class method: found through super() unbound).
    t.object.dict_mut().insert(
        Str::from("__init_subclass__"),
        func("__init_subclass__", |vm, a| {
            if !a.kw.is_empty() {
                // CPython's TypeError names the class, which an unbound call does not know.
                return vm.unsupported("keyword arguments reaching object.__init_subclass__");
            }
            if !a.pos.is_empty() {
                return Err(vm.type_error(format!(
                    "__init_subclass__() takes no arguments ({} given)",
                    a.pos.len()
                )));
            }
            Ok(Value::None)
        }),
    );
    for (n, f) in obj_methods {
        t.object.dict_mut().insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
    let exc_methods: &[(&'static str, crate::value::MethodFnPtr)] = &[
        ("__init__", |vm, r, a| {
            if let (Some(d), Value::Instance(i)) = (r.exc(), r) {
                if d.borrow().os.is_some() {
                    // OSError.__init__ does its work only for a class with its own __init__
                    // (else its construction did).
                    if matches!(i.class.lookup("__init__"), Some(Value::Func(_))) {
                        let mut args = a.pos;
                        let fields = vm.os_fields(&i.class, &mut args)?;
                        let mut d = d.borrow_mut();
                        d.os = Some(Box::new(fields));
                        d.args = Some(ThinRc::from(args));
                    }
                    return Ok(Value::None);
                }
            }
            if let Some(d) = r.exc() {
                let is_stop = d.borrow().value.is_some();
                let mut d = d.borrow_mut();
                if is_stop {
                    d.value = Some(a.pos.first().cloned().unwrap_or(Value::None));
                }
                d.args = Some(ThinRc::from(a.pos));
            }
            Ok(Value::None)
        }),
        ("__str__", |vm, r, _| {
            let args = vm.exc_args(r);
            let text = match args.len() {
                0 => String::new(),
                1 => vm.str_of(&args[0])?,
                _ => vm.repr(&Value::Tuple(args))?,
            };
            Ok(Value::str(&text))
        }),
        ("with_traceback", |vm, r, a| {
            if let Some(d) = r.exc() {
                let tb = match a.pos.first() {
                    Some(Value::Traceback(t)) => Some(t.clone()),
                    Some(Value::None) => None,
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                };
                let mut d = d.borrow_mut();
                d.caught_tb = tb.clone();
                d.traceback = tb;
            }
            Ok(r.clone())
        }),
    ];
    for (n, f) in exc_methods {
        t.exc(ExcKind::BaseException).dict_mut().insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
    b
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn radix(vm: &mut Vm, a: Args, ty: char, prefix: &str) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let v = vm.indexed(&v)?;
    let b = match int::to_big(&v) {
        Some(b) => b,
        None => return Err(vm.not_an_integer(&v)),
    };
    let neg = int::is_negative(&b);
    let mag = if neg { -b } else { b };
    let digits = int::to_str_radix(
        &mag,
        match ty {
            'x' => 16,
            'o' => 8,
            _ => 2,
        },
    );
    Ok(Value::str(&format!(
        "{}{prefix}{digits}",
        if neg { "-" } else { "" }
    )))
}

fn b_print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    for (k, v) in &a.kw {
        match (&**k, v) {
            ("sep", Value::Str(s)) => sep = s.to_string(),
            ("end", Value::Str(s)) => end = s.to_string(),
            ("sep" | "end", Value::None) => {}
            ("sep" | "end", other) => {
                return Err(vm.type_error(format!(
                    "{k} must be None or a string, not {}",
                    vm.type_name(other)
                )))
            }
            ("file", v) => file = Some(v.clone()),
            ("flush", _) => {}
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    // As builtin_print: each separator, argument and the end are written as they come, so
    // what precedes an argument whose str() fails is already out.
    let file = file.filter(|f| !f.is_none());
    let write = |vm: &mut Vm, text: &str| -> PyResult<()> {
        match &file {
            None => vm.rec.stream(false, text),
            Some(f) if modules::is_stderr(vm, f) => vm.rec.stream(true, text),
            Some(f) if modules::is_stdout(vm, f) => vm.rec.stream(false, text),
            Some(f) => {
                let w = vm.getattr(f, "write")?;
                vm.call(&w, Args::new(vec![Value::str(text)]))?;
            }
        }
        Ok(())
    };
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            write(vm, &sep)?;
        }
        let text = vm.str_of(v)?;
        write(vm, &text)?;
    }
    write(vm, &end)?;
    Ok(Value::None)
}

fn b_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "next", &a, 1, 2)?;
    let it = &a.pos[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.next_raw(it) {
        Ok(v) => Ok(v),
        Err(Flow::Exc(e)) if a.pos.len() == 2 && vm.is_exc_instance(&e, ExcKind::StopIteration) => {
            Ok(a.pos[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn b_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "iter", &a, 1, 2)?;
    if a.pos.len() == 2 {
        let f = a.pos[0].clone();
        let callable = match &f {
            Value::Func(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
            Value::Instance(_) => vm.lookup_special(&f, "__call__").is_some(),
            _ => false,
        };
        if !callable {
            return Err(vm.type_error(if vm.rules.iter_sentinel_new_message {
                "iter(object, sentinel): object must be callable"
            } else {
                "iter(v, w): v must be callable"
            }));
        }
        return Ok(Value::Iter(Rc::new(RefCell::new(Iter::Callable {
            func: f,
            sentinel: a.pos[1].clone(),
        }))));
    }
    vm.iter(&a.pos[0])
}

fn class_list(vm: &Vm, v: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match v {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.iter() {
                out.extend(class_list(vm, x, fname)?);
            }
            Ok(out)
        }
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// The `__instancecheck__`/`__subclasscheck__` of `cls`'s class, when `cls` is an instance (a
/// class here has no metaclass to define one).
fn check_hook(vm: &mut Vm, cls: &Value, hook: &str) -> Option<Value> {
    match cls {
        Value::Instance(i) => i.class.lookup(hook).map(|m| vm.bind(m, cls)),
        _ => None,
    }
}

fn b_isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &a, 2, 2)?;
    if let Some(hook) = check_hook(vm, &a.pos[1], "__instancecheck__") {
        let r = vm.call(&hook, Args::new(vec![a.pos[0].clone()]))?;
        return Ok(Value::bool(vm.truthy(&r)?));
    }
    if let Value::Tuple(t) = &a.pos[1] {
        // PyObject_IsInstance: each item in turn, with its own hook.
        for x in t.iter() {
            let r = b_isinstance(vm, Args::new(vec![a.pos[0].clone(), x.clone()]))?;
            if vm.truthy(&r)? {
                return Ok(r);
            }
        }
        return Ok(Value::bool(false));
    }
    let cs = class_list(vm, &a.pos[1], "isinstance")?;
    let c = vm.class_of(&a.pos[0]);
    Ok(Value::bool(cs.iter().any(|x| c.is_subclass_of(x))))
}

fn b_issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "issubclass", &a, 2, 2)?;
    if let Some(hook) = check_hook(vm, &a.pos[1], "__subclasscheck__") {
        let r = vm.call(&hook, Args::new(vec![a.pos[0].clone()]))?;
        return Ok(Value::bool(vm.truthy(&r)?));
    }
    if let Value::Tuple(t) = &a.pos[1] {
        for x in t.iter() {
            let r = b_issubclass(vm, Args::new(vec![a.pos[0].clone(), x.clone()]))?;
            if vm.truthy(&r)? {
                return Ok(r);
            }
        }
        return Ok(Value::bool(false));
    }
    let c = match &a.pos[0] {
        Value::Class(c) => c.clone(),
        _ => return Err(vm.type_error("issubclass() arg 1 must be a class")),
    };
    let cs = class_list(vm, &a.pos[1], "issubclass")?;
    Ok(Value::bool(cs.iter().any(|x| c.is_subclass_of(x))))
}

fn b_sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "sum", &a, 1, 2)?;
    let mut acc = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| kw(&a, "start"))
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // As builtin_sum: an int phase while the total and the items are ints, then (when the
    // total became a float) a float phase, compensated (Neumaier) from 3.12 (its int items
    // too from 3.14), then the generic additions; a phase once left is not entered again.
    let compensated = vm.rules.sum_compensated;
    let ints_compensated = vm.rules.sum_compensates_ints;
    let mut phase = match &acc {
        Value::Int(_) => SumPhase::Int,
        Value::Float(f) => SumPhase::Float(f.get(), 0.0),
        _ => SumPhase::Generic,
    };
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        match &mut phase {
            SumPhase::Int => {
                let b = match &x {
                    Value::Int(b) => Some(*b),
                    Value::Bool(b) => Some(i64::from(b.get())),
                    _ => None,
                };
                if let (Value::Int(a), Some(b)) = (&acc, b) {
                    if let Some(s) = a.checked_add(b) {
                        acc = Value::Int(s);
                        continue;
                    }
                }
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
                phase = match &acc {
                    Value::Float(f) => SumPhase::Float(f.get(), 0.0),
                    _ => SumPhase::Generic,
                };
            }
            SumPhase::Float(f, c) => {
                let y = match &x {
                    Value::Float(y) => Some(y.get()),
                    Value::Int(i) if ints_compensated => Some(*i as f64),
                    Value::Bool(b) if ints_compensated => Some(f64::from(u8::from(b.get()))),
                    Value::Int(i) => {
                        *f += *i as f64;
                        continue;
                    }
                    Value::Bool(b) => {
                        *f += f64::from(u8::from(b.get()));
                        continue;
                    }
                    _ => None,
                };
                if let Some(y) = y {
                    let t = *f + y;
                    if compensated {
                        if f.abs() >= y.abs() {
                            *c += (*f - t) + y;
                        } else {
                            *c += (y - t) + *f;
                        }
                    }
                    *f = t;
                    continue;
                }
                acc = Value::float(sum_total(*f, *c));
                phase = SumPhase::Generic;
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
            }
            SumPhase::Generic => {
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
            }
        }
    }
    if let SumPhase::Float(f, c) = phase {
        acc = Value::float(sum_total(f, c));
    }
    Ok(acc)
}

/// Where `sum()` is: see `b_sum`.
enum SumPhase {
    Int,
    /// The running float total and its compensation.
    Float(f64, f64),
    Generic,
}

/// The float total with its compensation (not added when it would turn an infinite or
/// overflowed total into a NaN).
fn sum_total(f: f64, c: f64) -> f64 {
    if c != 0.0 && c.is_finite() {
        f + c
    } else {
        f
    }
}

fn b_minmax(vm: &mut Vm, a: Args, min: bool) -> PyResult<Value> {
    let name = if min { "min" } else { "max" };
    let key = kw(&a, "key").filter(|k| !k.is_none());
    let default = kw(&a, "default");
    let source = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => a.pos[0].clone(),
        _ => Value::tuple(a.pos.clone()),
    };
    let op = if min {
        crate::compile::CmpOp::Lt
    } else {
        crate::compile::CmpOp::Gt
    };
    // As min_max: each item's key is computed (and compared) as the item comes.
    let mut best: Option<(Value, Value)> = None;
    vm.for_each(&source, |vm, x| {
        let k = match &key {
            Some(kf) => vm.call(kf, Args::new(vec![x.clone()]))?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => {
                let r = vm.compare(&k, best_key, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((x, k));
        }
        Ok(())
    })?;
    match best {
        Some((b, _)) => Ok(b),
        None => match default {
            Some(d) => Ok(d),
            None if vm.rules.min_max_empty_iterable_message => {
                Err(vm.value_error(format!("{name}() iterable argument is empty")))
            }
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn b_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "abs", &a, 1, 1)?;
    match &a.pos[0] {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| int::from_big(BigInt::from(*i).magnitude().clone().into()))),
        Value::Bool(b) => Ok(Value::Int(i64::from(b.get()))),
        Value::Big(b) => Ok(int::from_big(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        v @ Value::Instance(_) => match vm.lookup_special(v, "__abs__") {
            Some(m) => vm.call(&m, Args::default()),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
        v => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

/// `int.__round__(ndigits)` (long_round): exact, halves to even.
fn round_int(i: BigInt, ndigits: i64) -> BigInt {
    use num_integer::Integer;
    if ndigits >= 0 {
        return i;
    }
    // 10**-ndigits beyond twice |i|: the result is 0 (without building a huge power).
    if ndigits.unsigned_abs() > i.bits() * 30103 / 100_000 + 2 {
        return BigInt::from(0);
    }
    let p = BigInt::from(10).pow(ndigits.unsigned_abs() as u32);
    let (q, r) = i.div_mod_floor(&p);
    let twice = &r * 2;
    let up = twice > p || (twice == p && q.is_odd());
    (if up { q + 1 } else { q }) * p
}

fn b_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "round", &a, 1, 2)?;
    // ndigits: None, or an int (`__index__`), clipped as PyNumber_AsSsize_t(o, NULL) clips.
    let nd = match a.pos.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(match vm.indexed(v)? {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b.get()),
            Value::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            Value::Big(_) => i64::MAX,
            other => return Err(vm.not_an_integer(&other)),
        }),
    };
    match (&a.pos[0], nd) {
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), None) => {
            Ok(int::from_big(int::to_big(&a.pos[0]).unwrap_or_default()))
        }
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), Some(n)) => {
            let i = int::to_big(&a.pos[0]).unwrap_or_default();
            Ok(int::from_big(round_int(i, n)))
        }
        (Value::Float(f), None) => {
            if !f.get().is_finite() {
                return Err(if f.get().is_nan() {
                    vm.value_error("cannot convert float NaN to integer")
                } else {
                    vm.err(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                });
            }
            let r = f.get().round_ties_even();
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                Ok(int::from_big(BigInt::from(r as i128)))
            }
        }
        (Value::Float(f), Some(n)) => {
            let s = format!("{:.*}", n.clamp(0, 300) as usize, f.get());
            if n >= 0 {
                Ok(Value::float(s.parse().unwrap_or(f.get())))
            } else {
                let p = 10f64.powi(n.unsigned_abs().min(400) as i32);
                Ok(Value::float((f.get() / p).round_ties_even() * p))
            }
        }
        (v, _) => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

pub(crate) fn sort_options(vm: &mut Vm, a: &Args) -> PyResult<(Option<Value>, bool)> {
    let key = kw(a, "key").filter(|k| !k.is_none());
    let rev = match kw(a, "reverse") {
        Some(v) => int_args::bool_arg(vm, &v)?,
        None => false,
    };
    Ok((key, rev))
}

/// Stable merge sort using only `<`, as CPython's list.sort.
pub(crate) fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(vec![it.clone()]))?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    if reverse {
        pairs.reverse();
    }
    let sorted = merge_sort(vm, pairs)?;
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, crate::compile::CmpOp::Lt)?;
    vm.truthy(&r)
}

fn merge_sort(vm: &mut Vm, v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    if v.len() <= 8 {
        // Insertion sort (stable).
        let mut out: Vec<(Value, Value)> = Vec::with_capacity(v.len());
        for item in v {
            let mut pos = out.len();
            while pos > 0 && lt(vm, &item.0, &out[pos - 1].0)? {
                pos -= 1;
            }
            out.insert(pos, item);
        }
        return Ok(out);
    }
    let mut v = v;
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if lt(vm, &b.0, &a.0)? {
                    out.extend(r.next());
                } else {
                    out.extend(l.next());
                }
            }
            (Some(_), None) => out.extend(l.next()),
            (None, Some(_)) => out.extend(r.next()),
            (None, None) => break,
        }
    }
    Ok(out)
}

fn b_sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "sorted", &a, 1, 1)?;
    let items = vm.collect(&a.pos[0])?;
    let (key, rev) = sort_options(vm, &a)?;
    Ok(Value::list(sort_values(vm, items, key, rev)?))
}

fn b_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "reversed", &a, 1, 1)?;
    let v = &a.pos[0];
    Ok(match v {
        Value::List(_) => Value::Iter(Rc::new(RefCell::new(Iter::Seq {
            kind: SeqKind::ListRev,
            seq: v.clone(),
            idx: 0,
            virtual_seq: false,
        }))),
        Value::Range(r) => {
            let n = r.len();
            Value::Iter(Rc::new(RefCell::new(Iter::Range {
                next: r.start.wrapping_add((n - 1).wrapping_mul(r.step)),
                step: -r.step,
                left: n,
            })))
        }
        Value::Tuple(_) | Value::Str(_) => {
            let n = vm.len(v)? as i64;
            Value::Iter(Rc::new(RefCell::new(Iter::Reversed {
                obj: v.clone(),
                idx: n - 1,
            })))
        }
        // Dicts and their views are reversible from 3.8.
        Value::Dict(d) => Value::Iter(Rc::new(RefCell::new(Iter::Dict(
            crate::value::DictIter::new(d.clone(), crate::value::ViewKind::Keys, true),
        )))),
        Value::DictView(dv) => Value::Iter(Rc::new(RefCell::new(Iter::Dict(
            crate::value::DictIter::new(dv.dict.clone(), dv.kind, true),
        )))),
        Value::Instance(_) if vm.lookup_special(v, "__reversed__").is_some() => {
            match vm.lookup_special(v, "__reversed__").unwrap_or(Value::None) {
                // `__reversed__ = None` blocks the sequence fallback.
                Value::None => {
                    return Err(
                        vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
                    )
                }
                m => vm.call(&m, Args::default())?,
            }
        }
        Value::Instance(_)
            if vm.lookup_special(v, "__len__").is_some()
                && vm.lookup_special(v, "__getitem__").is_some() =>
        {
            let n = vm.len(v)? as i64;
            Value::Iter(Rc::new(RefCell::new(Iter::Reversed {
                obj: v.clone(),
                idx: n - 1,
            })))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(other)
            )))
        }
    })
}

fn b_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "dir", &a, 1, 1)?;
    let names = modules::dir_of(vm, &a.pos[0]);
    let mut names: Vec<String> = names;
    names.sort();
    names.dedup();
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

/// Pairs of a dict or an iterable of pairs (for dict() and update()).
/// Run `f` on each key/value pair of what `dict(v)` takes, as the pairs come (pairs before
/// a failing one are kept by `dict.update`, as in CPython).
pub(crate) fn for_each_pair(
    vm: &mut Vm,
    v: &Value,
    mut f: impl FnMut(&mut Vm, Value, Value) -> PyResult<()>,
) -> PyResult<()> {
    if let Value::Dict(d) = v {
        let items = d.borrow().items();
        for (k, val) in items {
            f(vm, k, val)?;
        }
        return Ok(());
    }
    // A dict subclass that keeps dict's iteration: its entries as they are (PyDict_Merge's
    // fast path, which a __getitem__ override does not change).
    if let Value::Instance(i) = v {
        if crate::vm::payload::user_defines(&i.class, "__iter__").is_none() {
            if let Some(Value::Dict(d)) = crate::vm::payload::payload_of(v) {
                let items = d.borrow().items();
                for (k, val) in items {
                    f(vm, k, val)?;
                }
                return Ok(());
            }
        }
    }
    // A mapping (anything with a `keys` attribute, as PyDict_Merge asks): its keys, then
    // each one's item.
    if let Value::Instance(_) = v {
        if vm.hasattr(v, "keys")? {
            let keys = vm.getattr(v, "keys")?;
            let keys = vm.call(&keys, Args::default())?;
            return vm.for_each(&keys, |vm, k| {
                let val = vm.getitem(v, &k)?;
                f(vm, k, val)
            });
        }
    }
    let mut i = 0;
    vm.for_each(v, |vm, it| {
        let p = match vm.collect(&it) {
            Ok(p) => p,
            Err(Flow::Exc(_)) if vm.rules.dict_update_element_not_iterable => {
                return Err(vm.type_error("object is not iterable"))
            }
            Err(Flow::Exc(_)) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
            Err(e) => return Err(e),
        };
        if p.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                p.len()
            )));
        }
        i += 1;
        let mut p = p.into_iter();
        match (p.next(), p.next()) {
            (Some(k), Some(val)) => f(vm, k, val),
            _ => Ok(()),
        }
    })
}

/// `dict.fromkeys(iterable, value=None)` (a class method; also found on instances).
pub fn dict_fromkeys() -> Value {
    func("fromkeys", |vm, a| {
        arity(vm, "fromkeys", &a, 1, 2)?;
        let value = a.pos.get(1).cloned().unwrap_or(Value::None);
        let mut d = Dict::new();
        vm.for_each(&a.pos[0], |vm, k| {
            let k = vm.local_dict_key(&d, k)?;
            let old = d.insert(k, value.clone());
            drop(old);
            Ok(())
        })?;
        Ok(Value::Dict(Rc::new(RefCell::new(d))))
    })
}
