//! Built-in functions and constructors of built-in types (`print`, `len`, `int(...)`, …).

mod abc_support;
mod async_items;
pub mod asyncio_native;
mod asyncio_native_future;
mod asyncio_native_queue;
mod asyncio_native_task;
mod codecs;
mod construct;
mod coro_methods;
mod exc_group;
pub(crate) mod frames;
pub(crate) mod int_args;
pub mod itertools;
pub mod methods;
mod modules;
mod numeric;
mod object_methods;
mod pymodule;
pub(crate) use pymodule::forget_methods;
pub mod slots;
mod sorting;
mod test_support;
pub use test_support::unraisable_args;
pub(crate) mod str_methods;
mod str_unicode;
pub(crate) mod unicode_data;
pub mod weakref;

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::{
    int, Args, BuiltinFn, BuiltinFnPtr, BuiltinKind, Class, Dict, Flow, Iter, NameMap, PyResult,
    PySet, RangeObj, Str, Truth, Value,
};
use crate::vm::ExcKind;
use crate::vm::{Types, Vm};
pub use construct::construct;
pub(crate) use construct::type_new_args;
pub use exc_group::{add_note_method, group_of};
pub(crate) use frames::frame_builtin;
pub use modules::{import, is_submodule, user_unraisablehook};
use numeric::{b_abs, b_minmax, b_round, b_sum};
pub use pymodule::{py_builtin, PY_BUILTINS};
use sorting::{b_reversed, b_sorted};
pub(crate) use sorting::{sort_options, sort_values};

pub(crate) fn func(name: &'static str, f: BuiltinFnPtr) -> Value {
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
            let name = attr_name_of(vm, &a.pos[1], "hasattr")?;
            Ok(Value::bool(vm.hasattr(&a.pos[0], &name)?))
        }),
        ("getattr", |vm, a| {
            arity(vm, "getattr", &a, 2, 3)?;
            let name = attr_name_of(vm, &a.pos[1], "getattr")?;
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
        // Called by name, these read the calling frame (`frames::frame_builtin`); reached
        // any other way (`f = globals; map(f, …)`) they cannot see it.
        ("globals", |vm, _| {
            vm.unsupported("globals() called other than directly by name")
        }),
        ("locals", |vm, _| {
            vm.unsupported("locals() called other than directly by name")
        }),
        ("vars", |vm, a| {
            if a.pos.is_empty() && a.kw.is_empty() {
                return vm.unsupported("vars() called other than directly by name");
            }
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
    object_methods::install(t);
    b
}

/// The name argument of getattr()/hasattr(): before 3.11 they said which function refused it.
fn attr_name_of(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(_) => attr_name(vm, v),
        _ if !vm.rules.attr_name_error_names_type => {
            Err(vm.type_error(format!("{func}(): attribute name must be string")))
        }
        _ => attr_name(vm, v),
    }
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
        _ => Err(
            vm.type_error(match (fname, vm.rules.class_check_names_union) {
                ("issubclass", true) => {
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
                }
                ("issubclass", false) => {
                    "issubclass() arg 2 must be a class or tuple of classes".into()
                }
                (_, true) => {
                    format!("{fname}() arg 2 must be a type, a tuple of types, or a union")
                }
                (_, false) => format!("{fname}() arg 2 must be a type or tuple of types"),
            }),
        ),
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

/// `C.__subclasses__`, bound to the class `C`.
pub(crate) fn subclasses_method(cls: &Value) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name: "__subclasses__",
        recv: Some(cls.clone()),
        kind: BuiltinKind::Method(|vm, r, a| {
            arity(vm, "__subclasses__", &a, 0, 0)?;
            match r {
                Value::Class(c) => {
                    let c = c.clone();
                    vm.direct_subclasses(&c)
                }
                _ => Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object")),
            }
        }),
    }))
}

fn b_isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &a, 2, 2)?;
    if let Value::Class(c) = &a.pos[1] {
        if c.meta.is_some() {
            // PyObject_IsInstance: an exact type match first, then the metaclass's hook.
            if Rc::ptr_eq(&vm.class_of(&a.pos[0]), c) {
                return Ok(Value::bool(true));
            }
            if let Some(hook) = vm.meta_check_hook(&a.pos[1], "__instancecheck__") {
                let r = vm.call(&hook, Args::new(vec![a.pos[0].clone()]))?;
                return Ok(Value::bool(vm.truthy(&r)?));
            }
        }
    }
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
    if let Some(hook) = vm.meta_check_hook(&a.pos[1], "__subclasscheck__") {
        let r = vm.call(&hook, Args::new(vec![a.pos[0].clone()]))?;
        return Ok(Value::bool(vm.truthy(&r)?));
    }
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
        Ok(Value::dict(d))
    })
}
