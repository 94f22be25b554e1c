//! The builtins that read the calling frame: `globals()` (the module's namespace dict itself,
//! live), `locals()` and `vars()` without an argument.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::CodeKind;
use crate::value::{Dict, PyResult, Str, Value};
use crate::vm::{Frame, Vm};

/// `globals()`, `locals()` or `vars()` (named by `name`) called with no argument from `f`.
pub(crate) fn frame_builtin(vm: &mut Vm, f: &Frame, name: &str) -> PyResult<Value> {
    if name == "globals" {
        return Ok(Value::Dict(f.globals.clone()));
    }
    if f.ns.is_some() {
        // A class body's namespace is not a dict object on the engine.
        return vm.unsupported(&format!("{name}() in a class body"));
    }
    match f.code.kind {
        CodeKind::Module => Ok(Value::Dict(f.globals.clone())),
        CodeKind::Function | CodeKind::Lambda if vm.rules.locals_snapshot => {
            Ok(Value::dict(snapshot(vm, f)?))
        }
        CodeKind::Function | CodeKind::Lambda => Ok(Value::Dict(frame_locals_dict(vm, f)?)),
        CodeKind::Class | CodeKind::Comprehension | CodeKind::GenExpr => vm.unsupported(&format!(
            "{name}() in a comprehension or generator expression"
        )),
    }
}

/// The bound local variables of function frame `f`, in CPython's order of its fast locals:
/// the variables (a parameter that is a cell at its place), the other cells, the free
/// variables (PEP 667's snapshot).
pub(crate) fn snapshot(vm: &mut Vm, f: &Frame) -> PyResult<Dict> {
    let mut d = Dict::new();
    for (n, v) in fast_locals(f) {
        if let Some(v) = v {
            let k = vm.key(Value::Str(n))?;
            d.insert(k, v);
        }
    }
    Ok(d)
}

/// Before 3.13: the one dict of function frame `f` that `locals()` and `f_locals` return,
/// refreshed from the fast locals (CPython's `PyFrame_FastToLocals`): a bound variable is
/// stored, an unbound one deleted; other keys stay.
pub(crate) fn frame_locals_dict(vm: &mut Vm, f: &Frame) -> PyResult<Rc<RefCell<Dict>>> {
    let d = f
        .locals_dict
        .get_or_init(|| Rc::new(RefCell::new(Dict::new())))
        .clone();
    for (n, v) in fast_locals(f) {
        let k = vm.key(Value::Str(n))?;
        // The old value goes after the dict is updated (its finalizer may read the dict).
        let old = match v {
            Some(v) => d.borrow_mut().insert(k, v),
            None => d.borrow_mut().remove(&k),
        };
        drop(old);
    }
    Ok(d)
}

/// The fast locals of function frame `f` by name, None where unbound, in CPython's order.
fn fast_locals(f: &Frame) -> Vec<(Str, Option<Value>)> {
    let code = &f.code;
    let cell_value = |i: usize| f.cells.get(i).map(|c| c.borrow().clone());
    let mut entries: Vec<(Str, Option<Value>)> = Vec::new();
    let param_cell = |slot: usize| {
        code.cell_params
            .iter()
            .find(|(_, s)| *s as usize == slot)
            .map(|(ci, _)| *ci as usize)
    };
    for (i, n) in code.varnames.iter().enumerate() {
        let v = match param_cell(i) {
            Some(ci) => cell_value(ci),
            // A cell that is not a parameter comes with the cells.
            None if code.cellvars.contains(n) => continue,
            None => f.locals.get(i).cloned(),
        };
        entries.push((n.clone(), v));
    }
    for (ci, n) in code.cellvars.iter().enumerate() {
        if !code.cell_params.iter().any(|(c, _)| *c as usize == ci) {
            entries.push((n.clone(), cell_value(ci)));
        }
    }
    for (fi, n) in code.freevars.iter().enumerate() {
        entries.push((n.clone(), cell_value(code.cellvars.len() + fi)));
    }
    entries
        .into_iter()
        .map(|(n, v)| (n, v.filter(|v| !matches!(v, Value::Undef))))
        .collect()
}

/// `_frame_locals(frame)` for `FrameLocalsProxy` (builtins.py): the variables of a
/// generator's frame now.
pub(crate) fn proxy_snapshot(vm: &mut Vm, a: crate::value::Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Frame(fr)) => {
            let fr = fr.clone();
            Ok(Value::Dict(Rc::new(RefCell::new(
                vm.frame_locals_snapshot(&fr)?,
            ))))
        }
        _ => Err(vm.type_error("_frame_locals(frame)")),
    }
}

/// `_frame_locals_set(frame, key, value)` for `FrameLocalsProxy`: store a variable of a
/// generator's frame.
pub(crate) fn proxy_set(vm: &mut Vm, a: crate::value::Args) -> PyResult<Value> {
    let (Some(Value::Frame(fr)), Some(key), Some(v)) = (a.pos.first(), a.pos.get(1), a.pos.get(2))
    else {
        return Err(vm.type_error("_frame_locals_set(frame, key, value)"));
    };
    let fr = fr.clone();
    let Value::Str(name) = key else {
        return vm.unsupported("a FrameLocalsProxy key that is not a str");
    };
    if !vm.frame_set_local(&fr, name, v.clone())? {
        return vm.unsupported("a FrameLocalsProxy key that names no variable of the frame");
    }
    Ok(Value::None)
}

/// Store `v` in variable `name` of frame `f` (a fast local or a cell); false if the frame
/// has no such variable.
pub(crate) fn set_variable(f: &mut Frame, name: &str, v: Value) -> bool {
    let code = f.code.clone();
    if let Some(i) = code.varnames.iter().position(|n| &**n == name) {
        if let Some((ci, _)) = code.cell_params.iter().find(|(_, s)| *s as usize == i) {
            if let Some(c) = f.cells.get(*ci as usize) {
                let old = c.replace(v);
                drop(old);
                return true;
            }
        }
        if !code.cellvars.iter().any(|n| &**n == name) {
            if let Some(slot) = f.locals.get_mut(i) {
                let old = std::mem::replace(slot, v);
                drop(old);
                return true;
            }
        }
    }
    let cells = code.cellvars.iter().chain(code.freevars.iter());
    if let Some(ci) = cells.clone().position(|n| &**n == name) {
        if let Some(c) = f.cells.get(ci) {
            let old = c.replace(v);
            drop(old);
            return true;
        }
    }
    false
}
