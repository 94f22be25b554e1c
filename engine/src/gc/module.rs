//! The `gc` module a case imports: `collect` (the collector of this directory), `isenabled`,
//! `enable`, `disable` and `garbage`. Its other names are CPython's and not modelled
//! (`unsupported` by the rule of `cpython_names`).

use crate::value::{Args, PyResult, Value};
use crate::vm::{ExcKind, Vm};

/// The attributes of the module a case gets on `import gc`.
pub fn items() -> Vec<(&'static str, Value)> {
    vec![
        ("collect", crate::builtins::func("collect", collect)),
        ("isenabled", crate::builtins::func("isenabled", isenabled)),
        ("enable", crate::builtins::func("enable", enable)),
        ("disable", crate::builtins::func("disable", disable)),
        // Nothing written in Python has a legacy finalizer, and DEBUG_SAVEALL is not
        // modelled: the list stays empty unless the case fills it.
        ("garbage", Value::list(Vec::new())),
    ]
}

fn no_args(vm: &Vm, name: &str, a: &Args) -> PyResult<()> {
    if a.pos.is_empty() && a.kw.is_empty() {
        Ok(())
    } else {
        vm.unsupported(&format!("gc.{name}() with arguments"))
    }
}

/// `gc.collect(generation=2)`.
fn collect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let arg = match (a.pos.as_slice(), a.kw.as_slice()) {
        ([], []) => None,
        ([g], []) => Some(g),
        ([], [(k, g)]) if &**k == "generation" => Some(g),
        _ => return vm.unsupported("gc.collect() with these arguments"),
    };
    let generation = match arg {
        None => 2,
        Some(Value::Int(g)) if (0..=2).contains(g) => *g as usize,
        Some(Value::Int(_)) => return Err(vm.err(ExcKind::ValueError, "invalid generation")),
        Some(_) => return vm.unsupported("gc.collect() of a generation that is not an int"),
    };
    if vm.heap.gc.automatic_may_have_run() {
        return vm
            .unsupported("gc.collect() after the collector was enabled (automatic collections)");
    }
    let n = vm.gc_collect(generation, super::Collect::Explicit)?;
    Ok(Value::Int(n))
}

fn isenabled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, "isenabled", &a)?;
    Ok(Value::bool(vm.heap.gc.enabled.get()))
}

fn enable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, "enable", &a)?;
    vm.heap.gc.enabled.set(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_args(vm, "disable", &a)?;
    vm.heap.gc.enabled.set(false);
    Ok(Value::None)
}
