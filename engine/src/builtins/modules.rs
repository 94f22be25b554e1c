//! The importable modules (`sys`, `inspect`, `types`), the stdout/stderr stream objects and
//! `dir()` listings.

use std::cell::RefCell;
use std::rc::Rc;

use crate::generator::GenStatus;
use crate::value::{
    Args, BuiltinFn, BuiltinFnPtr, BuiltinKind, Class, Instance, Module, NameMap, PyResult, Str,
    Truth, TypeId, Value,
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

trait WithItems {
    /// Add more attributes to a module just built.
    fn with_items(self, items: Vec<(&'static str, Value)>) -> Value;
}

impl WithItems for Value {
    fn with_items(self, items: Vec<(&'static str, Value)>) -> Value {
        if let Value::Module(m) = &self {
            let mut d = m.dict.borrow_mut();
            for (k, v) in items {
                d.set_name(Str::from(k), v);
            }
        }
        self
    }
}

fn module(name: &str, items: Vec<(&str, Value)>) -> Value {
    let mut d = NameMap::default();
    d.insert(Str::from("__name__"), Value::str(name));
    for (k, v) in items {
        d.insert(Str::from(k), v);
    }
    Value::Module(Rc::new(Module {
        name: Str::from(name),
        dict: Rc::new(RefCell::new(crate::value::Dict::from_names(d))),
    }))
}

fn stream_class() -> Rc<Class> {
    let mut d = NameMap::default();
    d.insert(
        Str::from("write"),
        Value::Builtin(Rc::new(BuiltinFn {
            name: "write",
            recv: None,
            kind: BuiltinKind::Method(|vm, r, a| {
                let text = match a.pos.first() {
                    Some(Value::Str(s)) => s.clone(),
                    Some(other) => {
                        return Err(vm.type_error(format!(
                            "write() argument must be str, not {}",
                            vm.type_name(other)
                        )))
                    }
                    None => {
                        return Err(vm.type_error("write() takes exactly one argument (0 given)"))
                    }
                };
                let err = is_stderr(vm, r);
                vm.rec.stream(err, &text);
                Ok(Value::Int(text.chars().count() as i64))
            }),
        })),
    );
    d.insert(
        Str::from("flush"),
        Value::Builtin(Rc::new(BuiltinFn {
            name: "flush",
            recv: None,
            kind: BuiltinKind::Method(|_, _, _| Ok(Value::None)),
        })),
    );
    Class {
        name: Str::from("TextIOWrapper"),
        qualname: RefCell::new(Str::from("TextIOWrapper")),
        module: Str::from("_io"),
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

/// Build a built-in module for a case, the first time the case imports it (each case gets its
/// own, since a case may change a module's attributes).
fn create(vm: &Vm, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(sys_module(vm)),
        "inspect" => Some(inspect_module(vm)),
        "types" => Some(types_module(vm)),
        "weakref" => Some(module("weakref", super::weakref::items(vm))),
        "gc" => Some(module("gc", crate::gc::module_items())),
        _ => None,
    }
}

fn sys_module(vm: &Vm) -> Value {
    let cls = stream_class();
    let mk = |name: &str| {
        let mut d = NameMap::default();
        d.insert(Str::from("name"), Value::str(name));
        Value::Instance(Rc::new(Instance::new(cls.clone(), d, None)))
    };
    let (out, err) = (mk("<stdout>"), mk("<stderr>"));
    let t = vm.config.target;
    let micro = vm.rules.micro;
    module(
        "sys",
        vec![
            // The hook the harness installs: it records what it gets as an `unraisable` event
            // (a case may replace it with its own; see `Vm::unraisable`).
            (
                "unraisablehook",
                f(DEFAULT_UNRAISABLEHOOK, default_unraisablehook),
            ),
            (
                "exc_info",
                f("exc_info", |vm, _| {
                    Ok(match vm.topmost_exc() {
                        Some(e) => {
                            let tb = e
                                .exc()
                                .and_then(|d| d.borrow().traceback.clone())
                                .map_or(Value::None, Value::Traceback);
                            Value::tuple(vec![Value::Class(vm.class_of(&e)), e, tb])
                        }
                        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
                    })
                }),
            ),
            (
                "exception",
                f("exception", |vm, _| {
                    Ok(vm.topmost_exc().unwrap_or(Value::None))
                }),
            ),
            (
                "getrecursionlimit",
                f("getrecursionlimit", |vm, _| {
                    Ok(Value::Int(vm.config.recursion_limit as i64))
                }),
            ),
            (
                "setrecursionlimit",
                f("setrecursionlimit", |vm, a| {
                    match a.pos.first().and_then(|v| vm.index_of(v)) {
                        Some(n) if n > 0 => {
                            vm.config.recursion_limit = n.min(20_000) as u32;
                            Ok(Value::None)
                        }
                        _ => Err(vm.value_error("recursion limit must be greater or equal than 1")),
                    }
                }),
            ),
            (
                "version_info",
                Value::tuple(vec![
                    Value::Int(t.major as i64),
                    Value::Int(t.minor as i64),
                    Value::Int(i64::from(micro)),
                    Value::str("final"),
                    Value::Int(0),
                ]),
            ),
            ("maxsize", Value::Int(i64::MAX)),
            ("stdout", out),
            ("stderr", err),
        ],
    )
    .with_items(super::async_items::sys_items())
}

fn inspect_module(vm: &Vm) -> Value {
    module(
        "inspect",
        vec![
            (
                "getgeneratorstate",
                f("getgeneratorstate", |vm, a| match a.pos.first() {
                    Some(Value::Generator(g))
                        if g.kind().is_generator() && !vm.rules.gen_state_attr =>
                    {
                        Ok(Value::str(g.status().name()))
                    }
                    Some(other) => {
                        let other = other.clone();
                        super::async_items::state_of(vm, &other, "gi_", "GEN_")
                    }
                    None => Err(vm.type_error(
                        "getgeneratorstate() missing 1 required positional argument: 'generator'",
                    )),
                }),
            ),
            (
                "getgeneratorlocals",
                f("getgeneratorlocals", |vm, a| match a.pos.first() {
                    Some(Value::Generator(g)) => {
                        if g.status() == GenStatus::Closed {
                            return Ok(Value::dict(
                                crate::value::Dict::new(),
                            ));
                        }
                        let fi = crate::generator::introspect::gen_frame_object(g);
                        vm.frame_getattr(&fi, "f_locals")
                    }
                    Some(other) => {
                        let r = vm.repr(other)?;
                        Err(vm.type_error(format!("{r} is not a Python generator")))
                    }
                    None => Err(vm.type_error(
                        "getgeneratorlocals() missing 1 required positional argument: 'generator'",
                    )),
                }),
            ),
            (
                "isgenerator",
                f("isgenerator", |_, a| {
                    Ok(Value::bool(
                        matches!(a.pos.first(), Some(Value::Generator(g)) if g.kind().is_generator()),
                    ))
                }),
            ),
            (
                "isgeneratorfunction",
                f("isgeneratorfunction", |_, a| {
                    Ok(Value::bool(match a.pos.first() {
                        Some(Value::Func(f)) => f.code.is_generator && f.code.gen_kind.get().is_generator(),
                        Some(Value::Method(m)) => matches!(
                            &m.func,
                            Value::Func(f) if f.code.is_generator && f.code.gen_kind.get().is_generator()
                        ),
                        _ => false,
                    }))
                }),
            ),
            (
                "isfunction",
                f("isfunction", |_, a| {
                    Ok(Value::bool(matches!(a.pos.first(), Some(Value::Func(_)))))
                }),
            ),
            (
                "iscoroutine",
                f("iscoroutine", |_, _| Ok(Value::Bool(Truth::FALSE))),
            ),
            (
                "isclass",
                f("isclass", |_, a| {
                    Ok(Value::bool(matches!(a.pos.first(), Some(Value::Class(_)))))
                }),
            ),
            ("CO_OPTIMIZED", Value::Int(1)),
            ("CO_NEWLOCALS", Value::Int(2)),
            ("CO_VARARGS", Value::Int(4)),
            ("CO_VARKEYWORDS", Value::Int(8)),
            ("CO_NESTED", Value::Int(16)),
            ("CO_GENERATOR", Value::Int(32)),
            ("CO_NOFREE", Value::Int(64)),
            ("CO_COROUTINE", Value::Int(128)),
            ("CO_ITERABLE_COROUTINE", Value::Int(256)),
            ("CO_ASYNC_GENERATOR", Value::Int(512)),
            ("GEN_CREATED", Value::str("GEN_CREATED")),
            ("GEN_RUNNING", Value::str("GEN_RUNNING")),
            ("GEN_SUSPENDED", Value::str("GEN_SUSPENDED")),
            ("GEN_CLOSED", Value::str("GEN_CLOSED")),
        ],
    )
    .with_items(super::async_items::inspect_items(vm))
}

fn types_module(vm: &Vm) -> Value {
    let ty = &vm.types;
    module(
        "types",
        vec![
            ("GeneratorType", Value::Class(ty.generator.clone())),
            ("FunctionType", Value::Class(ty.function.clone())),
            ("LambdaType", Value::Class(ty.function.clone())),
            ("MethodType", Value::Class(ty.method.clone())),
            ("BuiltinFunctionType", Value::Class(ty.builtin_fn.clone())),
            ("CodeType", Value::Class(ty.code.clone())),
            ("FrameType", Value::Class(ty.frame.clone())),
            ("TracebackType", Value::Class(ty.traceback.clone())),
            ("ModuleType", Value::Class(ty.module.clone())),
        ],
    )
    .with_items(super::async_items::types_items(vm))
}

/// The name of the default `sys.unraisablehook` builtin.
const DEFAULT_UNRAISABLEHOOK: &str = "unraisablehook";

/// `sys.unraisablehook(args)` called directly: recorded like a finalizer's failure.
fn default_unraisablehook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [args] = a.pos.as_slice() else {
        return Err(vm.type_error(format!(
            "unraisablehook() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    };
    let object = vm.getattr(args, "object")?;
    let exc = vm.getattr(args, "exc_value")?;
    let err_msg = match vm.getattr(args, "err_msg")? {
        Value::None => None,
        m => Some(vm.str_of(&m)?),
    };
    vm.record_unraisable(&object, err_msg, exc);
    Ok(Value::None)
}

/// The hook a case installed as `sys.unraisablehook`, if it replaced the default one.
pub fn user_unraisablehook(vm: &Vm) -> Option<Value> {
    let hook = sys_attr(vm, "unraisablehook")?;
    match &hook {
        Value::Builtin(b) if b.name == DEFAULT_UNRAISABLEHOOK && b.recv.is_none() => None,
        _ => Some(hook),
    }
}

fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    match vm.modules.get("sys") {
        Some(Value::Module(m)) => m.dict.borrow().get_name(name).cloned(),
        _ => None,
    }
}

pub fn is_stderr(vm: &Vm, v: &Value) -> bool {
    sys_attr(vm, "stderr").is_some_and(|e| e.is(v))
}

pub fn is_stdout(vm: &Vm, v: &Value) -> bool {
    sys_attr(vm, "stdout").is_some_and(|e| e.is(v))
}

/// `import NAME`.
pub fn import(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(m.clone());
    }
    if let Some((parent, child)) = name.rsplit_once('.') {
        // A submodule: its package first; once imported, it is an attribute of the package.
        if name != "test.support" {
            let p = import(vm, parent)?;
            let m = import_one(vm, name)?;
            if let Value::Module(pm) = &p {
                pm.dict.borrow_mut().set_name(Str::from(child), m.clone());
            }
            return Ok(m);
        }
    }
    import_one(vm, name)
}

/// The submodules the engine provides (`from PACKAGE import NAME` imports them).
pub fn is_submodule(name: &str) -> bool {
    matches!(name, "collections.abc" | "test.support")
}

fn import_one(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get(name) {
        return Ok(m.clone());
    }
    if let Some(m) = create(vm, name) {
        vm.modules.insert(Str::from(name), m.clone());
        return Ok(m);
    }
    if let Some(m) = super::pymodule::load(vm, name) {
        let m = m?;
        vm.modules.insert(Str::from(name), m.clone());
        return Ok(m);
    }
    match name {
        "test.support" => {
            let m = module("test.support", super::test_support::items());
            vm.modules.insert(Str::from(name), m.clone());
            Ok(m)
        }
        "test" => {
            // The package, for `from test import support`.
            let support = import(vm, "test.support")?;
            let m = module("test", vec![("support", support)]);
            vm.modules.insert(Str::from(name), m.clone());
            Ok(m)
        }
        _ => {
            // A module of CPython's standard library that the engine does not provide.
            let top = name.split('.').next().unwrap_or(name);
            if vm.cpython().modules.contains(top) {
                return vm.unsupported(&format!("module {name}"));
            }
            Err(vm.err(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ))
        }
    }
}

const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

pub fn dir_of(vm: &mut Vm, v: &Value) -> Vec<String> {
    let rules = vm.rules;
    let mut out: Vec<String> = OBJECT_DIR.iter().map(|s| s.to_string()).collect();
    if rules.object_getstate {
        out.push("__getstate__".into());
    }
    match v {
        Value::Generator(g) if !g.kind().is_generator() => {
            out.extend(super::async_items::dir_names(&rules, g.kind()));
        }
        Value::Generator(_) => {
            for n in [
                "__del__",
                "__iter__",
                "__name__",
                "__next__",
                "__qualname__",
                "close",
                "gi_code",
                "gi_frame",
                "gi_running",
                "gi_yieldfrom",
                "send",
                "throw",
            ] {
                out.push(n.into());
            }
            if rules.gi_suspended {
                out.push("gi_suspended".into());
            }
            if rules.gen_state_attr {
                out.push("gi_state".into());
            }
            if rules.generator_class_getitem {
                out.push("__class_getitem__".into());
            }
        }
        Value::Instance(i) => {
            // A plain object() has no __dict__ (nor __module__/__weakref__ of a class); a user
            // class's __dict__ and __weakref__ are in its dict or its bases'.
            if i.class.is_exception() {
                out.push("__dict__".into());
            }
            if !i.class.builtin || i.class.is_exception() {
                out.push("__module__".into());
            }
            if i.class.builtin && i.class.is_exception() {
                out.push("__weakref__".into());
            }
            out.extend(i.attr_names());
            let mut chain = vec![i.class.clone()];
            chain.extend(i.class.mro.iter().cloned());
            for c in chain {
                if c.builtin && !c.is_exception() {
                    continue;
                }
                for k in c.dict.borrow().keys() {
                    out.push(k.to_string());
                }
                if c.is_exception() && c.builtin {
                    for n in [
                        "args",
                        "with_traceback",
                        "__cause__",
                        "__context__",
                        "__suppress_context__",
                        "__traceback__",
                        "__setstate__",
                        "add_note",
                    ] {
                        out.push(n.into());
                    }
                }
            }
        }
        Value::Module(m) => {
            return m
                .dict
                .borrow()
                .names()
                .iter()
                .map(|k| k.to_string())
                .collect();
        }
        Value::Class(c) => {
            let mut chain = vec![c.clone()];
            chain.extend(c.mro.iter().cloned());
            for c in chain {
                for k in c.dict.borrow().keys() {
                    out.push(k.to_string());
                }
            }
            if !c.builtin {
                out.push("__module__".into());
                if c.is_exception() {
                    out.push("__dict__".into());
                }
            }
        }
        other => out.extend(super::methods::names(other).map(String::from)),
    }
    out
}
