//! The builtins that read the calling frame: `globals()` (the module's namespace dict itself,
//! live), `locals()` and `vars()` without an argument.

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
        CodeKind::Function | CodeKind::Lambda => vm.unsupported(&format!(
            "{name}() in a function before 3.13 (one dict per frame, refreshed by each call)"
        )),
        CodeKind::Class | CodeKind::Comprehension | CodeKind::GenExpr => vm.unsupported(&format!(
            "{name}() in a comprehension or generator expression"
        )),
    }
}

/// The bound local variables of function frame `f`, in CPython's order of its fast locals:
/// the variables (a parameter that is a cell at its place), the other cells, the free
/// variables (PEP 667's snapshot).
pub(crate) fn snapshot(vm: &mut Vm, f: &Frame) -> PyResult<Dict> {
    let code = &f.code;
    let cell_value = |i: usize| f.cells.get(i).map(|c| c.borrow().clone());
    let mut entries: Vec<(Str, Value)> = Vec::new();
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
        if let Some(v) = v {
            entries.push((n.clone(), v));
        }
    }
    for (ci, n) in code.cellvars.iter().enumerate() {
        if !code.cell_params.iter().any(|(c, _)| *c as usize == ci) {
            if let Some(v) = cell_value(ci) {
                entries.push((n.clone(), v));
            }
        }
    }
    for (fi, n) in code.freevars.iter().enumerate() {
        if let Some(v) = cell_value(code.cellvars.len() + fi) {
            entries.push((n.clone(), v));
        }
    }
    let mut d = Dict::new();
    for (n, v) in entries {
        if !matches!(v, Value::Undef) {
            let k = vm.key(Value::Str(n))?;
            d.insert(k, v);
        }
    }
    Ok(d)
}
