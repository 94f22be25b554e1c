//! Modules the engine implements in Python source (`random`, `contextlib`, `functools`, `warnings`, `abc`, `collections.abc`, `copy`, `traceback`,
//! `operator`, `itertools`, `string`, `heapq`, `bisect`, `typing`, `math`, each in its `.py` file next to this one) and the builtins of `builtins.py`:
//! compiled and run like any module on a case's first import, with helpers from the engine in
//! their namespace (`_entropy()`, `_unsupported(what)`, `_bind(func, obj)`,
//! `_warn(category, message, stacklevel)`, asyncio's `_case_line()`). The compiled code is kept per thread and target
//! (parsing and compiling asyncio.py cost a fuzzer's asyncio program four times what running
//! it does); every import still runs the module body in a fresh namespace, so each run gets
//! its own classes, functions and module state, as before.

use std::cell::RefCell;
use std::hash::{BuildHasher, Hasher};
use std::rc::Rc;

use crate::compile::{compile_module, Code, CompileError};
use crate::rules::Rules;
use crate::value::{Args, Module, NameMap, PyResult, Str, Value};
use crate::vm::Vm;

const RANDOM: &str = include_str!("random.py");
const BUILTINS: &str = include_str!("builtins.py");

/// The builtins the engine writes in Python (in `builtins.py`).
pub const PY_BUILTINS: &[&str] = &[
    "property",
    "classmethod",
    "staticmethod",
    "BaseExceptionGroup",
    "ExceptionGroup",
];

/// Builtin `name` of `PY_BUILTINS`, from its module (run on the case's first use).
pub fn py_builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    // Not importable by name: the key is no module name.
    const KEY: &str = "<engine builtins>";
    let m = match vm.modules.get(KEY) {
        Some(m) => m.clone(),
        None => {
            let m = run_module(vm, "builtins", BUILTINS)?;
            vm.modules.insert(Str::from(KEY), m.clone());
            m
        }
    };
    vm.getattr(&m, name)
}

/// The module `name` if the engine has it in Python source.
pub fn load(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let source = match name {
        "random" => RANDOM,
        "contextlib" => include_str!("contextlib.py"),
        "functools" => include_str!("functools.py"),
        "operator" => include_str!("operator.py"),
        "itertools" => include_str!("itertools.py"),
        "string" => include_str!("string.py"),
        "heapq" => include_str!("heapq.py"),
        "bisect" => include_str!("bisect.py"),
        "typing" => include_str!("typing.py"),
        "math" => include_str!("math.py"),
        "collections" => include_str!("collections.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "abc" => include_str!("abc.py"),
        "copy" => include_str!("copy.py"),
        "traceback" => include_str!("traceback.py"),
        "asyncio" => include_str!("asyncio.py"),
        "warnings" => include_str!("warnings.py"),
        "contextvars" => include_str!("contextvars.py"),
        _ => return None,
    };
    Some(run_module(vm, name, source))
}

/// A module's compiled top-level statements, for one target's rules.
struct Compiled {
    source: &'static str,
    rules: Rules,
    code: Rc<[Rc<Code>]>,
}

thread_local! {
    /// The modules compiled on this thread (a few modules times the targets used).
    static COMPILED: RefCell<Vec<Compiled>> = const { RefCell::new(Vec::new()) };
}

/// Empty the method caches of this thread's compiled modules at the end of a run (they would
/// keep the allocations of the run's functions, see `vm::attr::MethodSlot`).
pub fn forget_methods() {
    COMPILED.with(|c| {
        for module in c.borrow().iter() {
            for code in module.code.iter() {
                crate::vm::forget_methods(code);
            }
        }
    });
}

/// The code of `source` compiled for `rules`: from this thread's cache, or compiled now (and
/// kept). Compiling depends on nothing else, and code objects hold no state of a run (their
/// lookup caches are checked against the run's objects, see `vm::globals`).
fn compiled(name: &str, source: &'static str, rules: &Rules) -> Result<Rc<[Rc<Code>]>, String> {
    let hit = COMPILED.with(|c| {
        c.borrow()
            .iter()
            .find(|m| std::ptr::eq(m.source, source) && m.rules == *rules)
            .map(|m| m.code.clone())
    });
    if let Some(code) = hit {
        return Ok(code);
    }
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|e| format!("module {name} (it does not parse: {e})"))?;
    let stmts = match compile_module(source, parsed.syntax(), rules) {
        Ok(s) => s,
        Err(CompileError::Unsupported { what, .. })
        | Err(CompileError::Syntax { message: what, .. }) => {
            return Err(format!("module {name} (it does not compile: {what})"))
        }
    };
    let code: Rc<[Rc<Code>]> = stmts.into_iter().map(|s| s.code).collect();
    COMPILED.with(|c| {
        c.borrow_mut().push(Compiled {
            source,
            rules: *rules,
            code: code.clone(),
        })
    });
    Ok(code)
}

fn run_module(vm: &mut Vm, name: &str, source: &'static str) -> PyResult<Value> {
    let stmts = match compiled(name, source, &vm.rules) {
        Ok(code) => code,
        Err(what) => return vm.unsupported(&what),
    };
    let mut ns = NameMap::default();
    ns.insert(Str::from("__name__"), Value::str(name));
    ns.insert(Str::from("__doc__"), Value::None);
    ns.insert(Str::from("_entropy"), super::func("_entropy", entropy));
    ns.insert(
        Str::from("_unsupported"),
        super::func("_unsupported", unsupported),
    );
    ns.insert(Str::from("_bind"), super::func("_bind", bind));
    if name == "builtins" {
        ns.insert(
            Str::from("_eg_set"),
            super::func("_eg_set", super::exc_group::eg_set),
        );
        ns.insert(
            Str::from("_eg_get"),
            super::func("_eg_get", super::exc_group::eg_get),
        );
        ns.insert(
            Str::from("_frame_locals"),
            super::func("_frame_locals", super::frames::proxy_snapshot),
        );
        ns.insert(
            Str::from("_frame_locals_set"),
            super::func("_frame_locals_set", super::frames::proxy_set),
        );
    }
    if name == "collections" || name == "builtins" || name == "contextvars" {
        ns.insert(Str::from("_c_type"), super::func("_c_type", c_type));
    }
    if name == "collections.abc" {
        for (n, f) in super::abc_support::helpers() {
            ns.insert(Str::from(n), f);
        }
    }
    if name == "operator" || name == "math" {
        ns.insert(Str::from("_index"), super::func("_index", index));
    }
    if name == "math" {
        ns.insert(Str::from("_libm"), super::func("_libm", libm));
    }
    if name == "asyncio" {
        for (n, f) in super::asyncio_native::helpers() {
            ns.insert(Str::from(n), f);
        }
    }
    if name == "itertools" {
        ns.insert(Str::from("_tee"), super::itertools::tee_builtin());
    }
    if name == "warnings" {
        ns.insert(Str::from("_show"), super::func("_show", show_warning));
        ns.insert(Str::from("_registry"), super::func("_registry", registry));
    }
    if name == "asyncio" || name == "warnings" {
        ns.insert(
            Str::from("_case_line"),
            super::func("_case_line", case_line),
        );
    }
    ns.insert(Str::from("_warn"), super::func("_warn", warn));
    let globals = Rc::new(RefCell::new(crate::value::Dict::from_names(ns)));
    for code in stmts.iter() {
        vm.run_module_code(code.clone(), globals.clone())?;
    }
    // The module object's namespace is the one its functions keep as their globals (an
    // attribute set on the module is a global of its functions, as in CPython).
    Ok(Value::Module(Rc::new(Module {
        name: Str::from(name),
        dict: globals,
    })))
}

/// A seed for an unseeded generator (CPython takes it from the OS, so it differs per run).
fn entropy(_: &mut Vm, _: Args) -> PyResult<Value> {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    h.write_u64(nanos);
    Ok(Value::Int((h.finish() >> 1) as i64))
}

/// `_case_line()`: the line of the case's most recent call into a module written here (where a
/// warning from a CPython frame written in C points; see `Vm::release_line`).
fn case_line(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(vm.case_line)))
}

/// warnings' `_show(category, text, line)`: the `warning` event of a warning shown.
fn show_warning(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (category, text, line) = match &a.pos[..] {
        [Value::Class(c), Value::Str(t), Value::Int(l)] => (c, t, *l),
        _ => return Err(vm.type_error("_show(category, text, line)")),
    };
    let module = category.module_name();
    let category = if category.builtin || matches!(&*module, "builtins" | "__main__") {
        category.qualname.borrow().to_string()
    } else {
        format!("{module}.{}", category.qualname.borrow())
    };
    vm.show_warning(category, text.to_string(), u32::try_from(line).unwrap_or(0));
    Ok(Value::None)
}

/// warnings' `_registry()`: the case's `__warningregistry__` (made when missing).
fn registry(vm: &mut Vm, _: Args) -> PyResult<Value> {
    Ok(Value::Dict(vm.warning_registry()))
}

/// `_bind(func, obj)`: `func` bound to `obj` (a method object).
fn bind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match &a.pos[..] {
        [f, obj] => Ok(Value::Method(Rc::new(crate::value::Method {
            self_: obj.clone(),
            func: f.clone(),
        }))),
        _ => Err(vm.type_error("_bind(func, obj)")),
    }
}

/// `_c_type(cls)`: `cls` stands for one of CPython's C types (named with its module).
fn c_type(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Class(c)) = a.pos.first() {
        vm.c_types.push(c.clone());
    }
    Ok(Value::None)
}

/// `_libm(name, x[, y])`: the C library's function `name` of floats `x` (and `y`), as
/// `math` calls it; the module checks the arguments and the result.
fn libm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let float = |v: Option<&Value>| match v {
        Some(Value::Float(f)) => Some(f.get()),
        _ => None,
    };
    let (Some(Value::Str(name)), Some(x)) = (a.pos.first(), float(a.pos.get(1))) else {
        return Err(vm.type_error("_libm(name, float[, float])"));
    };
    let y = float(a.pos.get(2));
    let r = match (&**name, y) {
        ("sqrt", None) => x.sqrt(),
        ("exp", None) => x.exp(),
        ("exp2", None) => x.exp2(),
        ("expm1", None) => x.exp_m1(),
        ("log", None) => x.ln(),
        ("log2", None) => x.log2(),
        ("log10", None) => x.log10(),
        ("log1p", None) => x.ln_1p(),
        ("sin", None) => x.sin(),
        ("cos", None) => x.cos(),
        ("tan", None) => x.tan(),
        ("asin", None) => x.asin(),
        ("acos", None) => x.acos(),
        ("atan", None) => x.atan(),
        ("sinh", None) => x.sinh(),
        ("cosh", None) => x.cosh(),
        ("tanh", None) => x.tanh(),
        ("asinh", None) => x.asinh(),
        ("acosh", None) => x.acosh(),
        ("atanh", None) => x.atanh(),
        ("cbrt", None) => x.cbrt(),
        ("floor", None) => x.floor(),
        ("ceil", None) => x.ceil(),
        ("trunc", None) => x.trunc(),
        ("fabs", None) => x.abs(),
        ("atan2", Some(y)) => x.atan2(y),
        ("pow", Some(y)) => x.powf(y),
        ("fmod", Some(y)) => x % y,
        ("copysign", Some(y)) => x.copysign(y),
        _ => return Err(vm.type_error(format!("_libm: no function {name}"))),
    };
    Ok(Value::float(r))
}

/// `_index(v)`: `operator.index(v)`.
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match vm.index_value(&v)? {
        Some(i) => Ok(i),
        None => Err(vm.not_an_integer(&v)),
    }
}

fn unsupported(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let what = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "a feature of a module written in Python".into(),
    };
    vm.unsupported(&what)
}

/// `_warn(category, message, stacklevel)`: `warnings.warn` under the default filters, for the
/// modules written here (the engine has no `warnings` module). `stacklevel` 2 or more points at
/// the case's line that called into the module; the categories the default filters ignore
/// (ResourceWarning, PendingDeprecationWarning, ImportWarning) are dropped.
fn warn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (category, message, level) = match &a.pos[..] {
        [Value::Class(c), Value::Str(m), Value::Int(l)] => (c.name.clone(), m.clone(), *l),
        _ => return Err(vm.type_error("_warn(category, message, stacklevel)")),
    };
    if matches!(
        &*category,
        "ResourceWarning" | "PendingDeprecationWarning" | "ImportWarning"
    ) {
        return Ok(Value::None);
    }
    let line = if level >= 2 {
        vm.case_line
    } else {
        vm.current_line
    };
    vm.warn_at(&category, &message, line)?;
    Ok(Value::None)
}
