//! What the engine's `collections.abc` (`collections_abc.py`) asks about built-in types: its
//! `_check_methods` walks `C.__mro__` looking in each class's own `__dict__`, which the
//! engine's built-in types do not list; the names come from CPython's recorded `dir()` of
//! the type (for the target version) and the hash slot the engine gives it.

use super::func;
use crate::value::{Args, PyResult, Value};
use crate::vm::Vm;

/// The helpers `collections_abc.py` finds in its namespace.
pub(super) fn helpers() -> Vec<(&'static str, Value)> {
    vec![
        ("_type_attr", func("_type_attr", type_attr)),
        ("_is_builtin", func("_is_builtin", is_builtin)),
    ]
}

/// `_is_builtin(cls)`: is `cls` a built-in type (not made by a class statement)?
fn is_builtin(_: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::bool(
        matches!(a.pos.first(), Some(Value::Class(c)) if c.builtin),
    ))
}

/// The built-in types whose `__hash__` is None (unhashable), by name.
fn unhashable(vm: &Vm, name: &str) -> bool {
    match name {
        "list" | "dict" | "set" | "bytearray" | "dict_keys" | "dict_items" => true,
        "slice" => vm.config.target.minor < 12,
        _ => false,
    }
}

/// `_type_attr(cls, name)` for a built-in type: 0 when neither it nor its bases have `name`,
/// 1 when they do, 2 when it is None there (`__hash__` of an unhashable type).
fn type_attr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Class(c)), Some(Value::Str(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("_type_attr(type, str)"));
    };
    let Some(names) = vm.cpython().types.get(&*c.name) else {
        return vm.unsupported(&format!(
            "collections.abc's checks of the built-in type {}",
            c.name
        ));
    };
    let found = if !names.contains(&**name) {
        0
    } else if &**name == "__hash__" && unhashable(vm, &c.name) {
        2
    } else {
        1
    };
    Ok(Value::Int(found))
}
