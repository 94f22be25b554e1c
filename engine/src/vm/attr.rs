//! Attribute access: get/set/delete on every kind of value, method lookup for calls and
//! special-method lookup on types.

use std::cell::{Cell, RefCell};
use std::mem::Discriminant;
use std::rc::{Rc, Weak};

use super::Vm;
use crate::compile::Code;
use crate::value::{Args, BuiltinFn, BuiltinKind, Class, Flow, Function, PyResult, ThinRc, Value};

/// A code object's cache for one of its names (one per entry of `names`), filled by
/// `LoadMethod`, `LoadAttr` and `StoreAttr`:
/// - the method found for a receiver of a built-in type, with the receiver's variant (the
///   method of such a receiver depends on its variant and the name only, since built-in types
///   cannot be changed, so a receiver of the same variant finds the same method without the
///   class lookup and the hashing of the general path);
/// - the version tag of a class whose MRO has no instance under the name (so no data
///   descriptor can take the place of an instance attribute: `self.x` goes straight to the
///   instance's dict), and of a class whose MRO gives a function or a builtin method under the
///   name, with it (`self.m(...)` when the instance's dict does not have the name). A class's
///   tag changes whenever its namespace or a base's does (`Class::dict_mut`).
///
/// The function is held weakly: code objects outlive a run (the modules the engine writes in
/// Python are compiled once per thread), and the function's globals belong to the run.
#[derive(Default)]
pub struct MethodSlot {
    builtin: RefCell<Option<(Discriminant<Value>, Value)>>,
    plain: Cell<u64>,
    method: RefCell<Option<(u64, Weak<Function>)>>,
}

/// Is the method `LoadMethod` finds for `obj` decided by its variant alone?
fn variant_decides_methods(obj: &Value) -> bool {
    !matches!(
        obj,
        Value::Instance(_)
            | Value::Class(_)
            | Value::Module(_)
            | Value::Super(_)
            | Value::Func(_)
            | Value::Iter(_)
            | Value::DictView(_)
    )
}

/// The method `LoadMethod(i)` of `code` found before for a receiver like `obj` (of the same
/// built-in variant, or an instance of a class with the same version tag whose own dict does
/// not have the name).
#[inline]
pub(super) fn cached_method(code: &Code, i: u32, obj: Option<&Value>) -> Option<Value> {
    let obj = obj?;
    let slot = code.method_cache.get(i as usize)?;
    if let Value::Instance(inst) = obj {
        let cached = slot.method.try_borrow().ok()?;
        let (version, m) = cached.as_ref()?;
        if *version != inst.class.cache.version() || inst.exc.is_some() {
            return None;
        }
        let m = m.upgrade()?;
        let name = code.names.get(i as usize)?;
        let dict = inst.dict.try_borrow().ok()?;
        if (!dict.is_empty() && dict.contains_key(&**name))
            || inst.live.try_borrow().ok()?.is_some()
        {
            return None;
        }
        return Some(Value::Func(m));
    }
    let cached = slot.builtin.try_borrow().ok()?;
    match &*cached {
        Some((d, m)) if *d == std::mem::discriminant(obj) && variant_decides_methods(obj) => {
            Some(m.clone())
        }
        _ => None,
    }
}

/// Remember the method `LoadMethod(i)` of `code` found for `obj` (when its variant decides it,
/// or when it came from the MRO of an instance's class: `Vm::load_method`).
pub(super) fn remember_method(code: &Code, i: u32, obj: &Value, m: &Value) {
    let Some(slot) = code.method_cache.get(i as usize) else {
        return;
    };
    if let (Value::Instance(inst), Value::Func(m)) = (obj, m) {
        if let Ok(mut cached) = slot.method.try_borrow_mut() {
            *cached = Some((inst.class.cache.version(), Rc::downgrade(m)));
        }
        return;
    }
    if !variant_decides_methods(obj) || !matches!(m, Value::Builtin(_)) {
        return;
    }
    if let Ok(mut cached) = slot.builtin.try_borrow_mut() {
        *cached = Some((std::mem::discriminant(obj), m.clone()));
    }
}

/// Empty the function slots of `code` and the code objects nested in it (for code that outlives
/// the run: a `Weak` keeps the function's allocation until its slot changes).
pub fn forget_methods(code: &Code) {
    for slot in code.method_cache.iter() {
        if let Ok(mut cached) = slot.method.try_borrow_mut() {
            *cached = None;
        }
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            forget_methods(inner);
        }
    }
}

/// Does the MRO of `cls` have no instance under `name` (so no data descriptor can take the
/// place of an instance attribute)? Remembered in `slot` under the class's version tag.
#[inline]
pub(crate) fn no_descriptor(cls: &Class, name: &str, slot: Option<&MethodSlot>) -> bool {
    let version = cls.cache.version();
    if let Some(slot) = slot {
        if slot.plain.get() == version {
            return true;
        }
    }
    let plain = !matches!(cls.lookup(name), Some(Value::Instance(_)));
    if plain {
        if let Some(slot) = slot {
            slot.plain.set(version);
        }
    }
    plain
}

impl Vm {
    /// Does CPython have attribute `name` on `obj` where the engine found none? Looks at the
    /// recorded `dir()` of the built-in type of `obj` (of the built-in classes in its MRO for
    /// an instance or class of a user class, of `type` for a class, of the module).
    fn cpython_has_attr(&self, obj: &Value, name: &str) -> bool {
        let names = self.cpython();
        let builtin_in = |c: &Rc<crate::value::Class>| {
            std::iter::once(c)
                .chain(c.mro.iter())
                // Built-in types, and the builtins the engine writes in Python (`property`).
                .filter(|c| c.builtin || &*c.module == "builtins")
                .any(|c| names.type_has(&c.name, name))
        };
        match obj {
            Value::Class(c) => names.type_has("type", name) || builtin_in(c),
            Value::Instance(i) => builtin_in(&i.class),
            Value::Module(m) => names.module_has(&m.name, name),
            // A builtin that is a class in CPython and a function in the engine (`reversed`).
            Value::Builtin(b)
                if b.recv.is_none()
                    && names.builtins.contains(b.name)
                    && names.types.contains_key(b.name) =>
            {
                names.type_has(b.name, name) || names.type_has("type", name)
            }
            _ => names.type_has(&self.class_of(obj).name, name),
        }
    }

    /// The AttributeError for a missing attribute, or `unsupported` when CPython has it.
    pub(crate) fn no_attr(&self, obj: &Value, name: &str) -> Flow {
        if self.cpython_has_attr(obj, name) {
            return Vm::unsupported_flow(&format!(
                "attribute {name} of {}",
                match obj {
                    Value::Module(m) => format!("module {}", m.name),
                    Value::Class(c) => format!("class {}", c.name),
                    _ => format!("'{}' objects", self.type_name(obj)),
                }
            ));
        }
        match obj {
            Value::Class(c) => self.err(
                ExcKind::AttributeError,
                format!("type object '{}' has no attribute '{name}'", c.name),
            ),
            Value::Module(m) => self.err(
                ExcKind::AttributeError,
                format!("module '{}' has no attribute '{name}'", m.name),
            ),
            _ => self.err(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
            ),
        }
    }

    /// Special method `name` of type(obj), bound to obj.
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        let cls = self.class_of(obj);
        if cls.base_type.has_payload() && !cls.builtin {
            return match super::payload::user_defines(&cls, name) {
                Some(v) => Some(self.bind(v, obj)),
                None => self.payload_attr(obj, name, false),
            };
        }
        if let Some(v) = cls.lookup(name) {
            return Some(self.bind(v, obj));
        }
        if cls.builtin {
            if let Some((n, f)) = crate::builtins::methods::find(obj, name) {
                return Some(Value::Builtin(Rc::new(BuiltinFn {
                    name: n,
                    recv: Some(obj.clone()),
                    kind: BuiltinKind::Method(f),
                })));
            }
        }
        None
    }

    /// `type(obj).name(obj)` for a special method without arguments (`__bool__`, `__len__`),
    /// when type(obj) has it: as calling what [`Vm::lookup_special`] finds, without making the
    /// bound method when the class has a Python function under the name.
    pub(crate) fn call_special0(&mut self, obj: &Value, name: &str) -> Option<PyResult<Value>> {
        if let Value::Instance(inst) = obj {
            let cls = &inst.class;
            if !cls.base_type.has_payload() || cls.builtin {
                if let Some(Value::Func(f)) = cls.lookup(name) {
                    return Some(self.call_function(&f, Some(obj.clone()), Args::default()));
                }
            }
        }
        let m = self.lookup_special(obj, name)?;
        Some(self.call(&m, Args::default()))
    }

    /// For `obj.name(...)`: an unbound callable taking obj first, when one exists.
    pub(super) fn load_method(&mut self, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(i) => {
                if i.dict.borrow().contains_key(&**name)
                    || (i.live.borrow().is_some() && i.attr(name).is_some())
                {
                    return Ok(None);
                }
                if i.exc.is_some() && exc_attr(name) {
                    return Ok(None);
                }
                match i.class.lookup(name) {
                    Some(v @ Value::Func(_)) => Ok(Some(v)),
                    Some(Value::Builtin(b))
                        if b.recv.is_none() && matches!(b.kind, BuiltinKind::Method(_)) =>
                    {
                        Ok(Some(Value::Builtin(b)))
                    }
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Func(_) => Ok(None),
            _ => {
                let cls = self.class_of(obj);
                // Keyed by the class and the name's address: the entry holds the name, so the
                // address cannot be reused by another string while the entry exists.
                let key = (Rc::as_ptr(&cls) as usize, Str::as_ptr(name) as usize);
                if let Some((_, v)) = self.method_cache.get(&key) {
                    return Ok(Some(v.clone()));
                }
                match crate::builtins::methods::find(obj, name) {
                    Some((n, f)) => {
                        let v = Value::Builtin(Rc::new(BuiltinFn {
                            name: n,
                            recv: None,
                            kind: BuiltinKind::Method(f),
                        }));
                        self.method_cache.insert(key, (name.clone(), v.clone()));
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
        }
    }

    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if name == "__class__" {
            // object's `__class__` descriptor, unless a user class overrides it with a data
            // descriptor (a property).
            let overridden = match obj {
                Value::Instance(i) => i
                    .class
                    .lookup("__class__")
                    .filter(|d| self.is_data_descr(d)),
                _ => None,
            };
            if overridden.is_none() {
                return Ok(Value::Class(self.class_of(obj)));
            }
        }
        if let Value::WeakRef(w) = obj {
            if w.kind == crate::value::WeakKind::Proxy {
                let target = self.proxy_target(w)?;
                return self.getattr(&target, name);
            }
        }
        match obj {
            Value::Instance(i) => {
                if let Some(d) = &i.exc {
                    if exc_read_attr(name) {
                        let d = d.borrow();
                        let v = match name {
                            "args" => Some(Value::Tuple(
                                d.args.clone().unwrap_or_else(|| ThinRc::from(Vec::new())),
                            )),
                            "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                            "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                            "__suppress_context__" => Some(Value::bool(d.suppress_context)),
                            "__traceback__" => {
                                Some(d.traceback.clone().map_or(Value::None, Value::Traceback))
                            }
                            "value" => d.value.clone(),
                            "errno" | "strerror" | "filename" | "filename2" => {
                                d.os.as_ref().and_then(|o| o.get(name))
                            }
                            "message" => d.group.as_ref().map(|g| g.0.clone()),
                            "exceptions" => d.group.as_ref().map(|g| g.1.clone()),
                            "add_note" if self.rules.exception_groups => {
                                Some(crate::builtins::add_note_method(obj))
                            }
                            _ => None,
                        };
                        if let Some(v) = v {
                            return Ok(v);
                        }
                    }
                }
                let i = i.clone();
                self.instance_getattr(&i, obj, name, |vm| instance_dict_lookup(vm, &i, name))
            }
            Value::Class(c) => {
                match name {
                    "__name__" => return Ok(Value::Str(c.name.clone())),
                    "__qualname__" => return Ok(Value::Str(c.qualname.borrow().clone())),
                    "__module__" if c.builtin => {
                        return Ok(Value::Str(c.module.clone()));
                    }
                    "__dict__" if !c.builtin => return Ok(self.class_dict_proxy(c)),
                    "__abstractmethods__" if !c.builtin => {
                        // type's getset: the class's own dict only.
                        let own = c.dict.borrow().get(name).cloned();
                        return own.ok_or_else(|| {
                            self.err(crate::vm::ExcKind::AttributeError, name.to_string())
                        });
                    }
                    "__firstlineno__" | "__static_attributes__"
                        if !c.builtin && self.rules.class_firstlineno =>
                    {
                        return self.unsupported(&format!("{name} of a class (3.13+)"));
                    }
                    "__mro__" => {
                        let mut v = vec![obj.clone()];
                        v.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
                        return Ok(Value::tuple(v));
                    }
                    "__bases__" => {
                        return Ok(Value::tuple(
                            c.bases.iter().map(|m| Value::Class(m.clone())).collect(),
                        ))
                    }
                    "__base__" => {
                        return Ok(c
                            .bases
                            .first()
                            .map_or(Value::None, |b| Value::Class(b.clone())))
                    }
                    _ => {}
                }
                if let Some(v) = self.payload_class_attr(c, name) {
                    return Ok(v);
                }
                if let Some(meta) = &c.meta {
                    // A data descriptor of the metaclass comes first (type_getattro).
                    if let Some(d) = meta.lookup(name).filter(|d| self.is_data_descr(d)) {
                        let meta = meta.clone();
                        return self.descr_get(d, Some(obj), &meta);
                    }
                }
                if let Some(v) = c.lookup(name) {
                    return self.descr_get(v, None, c);
                }
                if let Some(r) = self.meta_getattr(c, name) {
                    return r;
                }
                if name == "__subclasses__" {
                    return Ok(crate::builtins::subclasses_method(obj));
                }
                if name == "__doc__" {
                    return Ok(Value::None);
                }
                if c.builtin && &*c.name == "dict" && name == "fromkeys" {
                    return Ok(crate::builtins::dict_fromkeys());
                }
                if c.builtin && &*c.name == "str" && name == "maketrans" {
                    return Ok(Value::Builtin(Rc::new(BuiltinFn {
                        name: "maketrans",
                        recv: None,
                        kind: BuiltinKind::Func(crate::builtins::str_methods::maketrans),
                    })));
                }
                // Unbound methods of built-in types (list.append).
                let sample = builtin_sample(&c.name);
                if let Some(s) = sample {
                    if let Some((n, f)) = crate::builtins::methods::find(&s, name) {
                        return Ok(Value::Builtin(Rc::new(BuiltinFn {
                            name: n,
                            recv: None,
                            kind: BuiltinKind::Method(f),
                        })));
                    }
                }
                Err(self.no_attr(obj, name))
            }
            Value::Generator(g) => self.gen_getattr(g, obj, name),
            // Set by assignment (functools.wraps): kept in the function's dict.
            Value::Func(f) if f.dict.borrow().contains_key(name) => {
                Ok(f.dict.borrow().get(name).cloned().unwrap_or(Value::None))
            }
            Value::Func(f) => match name {
                "__name__" => Ok(Value::Str(f.name.borrow().clone())),
                "__dict__" => {
                    // A copy (CPython's is the function's own dict).
                    let mut out = crate::value::Dict::new();
                    for (k, v) in f.dict.borrow().iter() {
                        out.insert(self.key(Value::Str(k.clone()))?, v.clone());
                    }
                    Ok(Value::dict(out))
                }
                "__qualname__" => Ok(Value::Str(f.qualname.borrow().clone())),
                "__code__" => Ok(Value::Code(f.code.clone())),
                "__closure__" => {
                    // In co_freevars order: CPython sorts the free variables by name.
                    let mut cells: Vec<(&Str, &Rc<std::cell::RefCell<Value>>)> =
                        f.code.freevars.iter().zip(f.closure.iter()).collect();
                    if cells.is_empty() {
                        return Ok(Value::None);
                    }
                    cells.sort_by(|a, b| a.0.cmp(b.0));
                    Ok(Value::tuple(
                        cells
                            .into_iter()
                            .map(|(_, c)| Value::Cell(c.clone()))
                            .collect(),
                    ))
                }
                "__module__" => Ok(f
                    .globals
                    .borrow()
                    .get_name("__name__")
                    .cloned()
                    .unwrap_or(Value::None)),
                "__defaults__" => Ok(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__doc__" => Ok(f.code.doc.clone().map_or(Value::None, Value::Str)),
                _ => match f.dict.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.no_attr(obj, name)),
                },
            },
            Value::Method(m) => match name {
                "__self__" => Ok(m.self_.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => {
                    let f = m.func.clone();
                    self.getattr(&f, name)
                }
            },
            Value::Builtin(b) => match name {
                "__name__" => Ok(Value::str(b.name)),
                // A bound method's is its receiver's type's qualified name and its own
                // (`list.append`; a class method's, its class's); a function's is its name.
                // An unbound method (`list.append`, `dict.fromkeys`) does not know its type.
                "__qualname__" => match &b.recv {
                    None if matches!(b.kind, BuiltinKind::Method(_))
                        || matches!(b.name, "fromkeys" | "maketrans") =>
                    {
                        self.unsupported(&format!("__qualname__ of the unbound method {}", b.name))
                    }
                    None => Ok(Value::str(b.name)),
                    Some(Value::Class(c)) => {
                        let q = c.qualname.borrow().clone();
                        Ok(Value::str(&format!("{q}.{}", b.name)))
                    }
                    Some(r) => {
                        let q = self.class_of(r).qualname.borrow().clone();
                        Ok(Value::str(&format!("{q}.{}", b.name)))
                    }
                },
                // A method's is None; a function of builtins says so (the functions of other
                // modules do not know their module here).
                "__module__" => {
                    if b.recv.is_some() {
                        return Ok(Value::None);
                    }
                    let same = match (self.builtins.get(b.name), b.kind) {
                        (Some(Value::Builtin(x)), BuiltinKind::Func(p)) => {
                            matches!(x.kind, BuiltinKind::Func(q) if q as usize == p as usize)
                        }
                        _ => false,
                    };
                    if same {
                        Ok(Value::str("builtins"))
                    } else {
                        self.unsupported(&format!("__module__ of built-in function {}", b.name))
                    }
                }
                "__self__" => Ok(b.recv.clone().unwrap_or(Value::None)),
                // The slot wrappers' docstrings, the same on every version; other built-ins'
                // docstrings are not modelled.
                "__doc__" => match b.name {
                    "__next__" => Ok(Value::str("Implement next(self).")),
                    "__iter__" => Ok(Value::str("Implement iter(self).")),
                    _ => self.unsupported("__doc__ of built-in functions"),
                },
                _ => Err(self.no_attr(obj, name)),
            },
            Value::Module(m) => {
                let found = m.dict.borrow().get_name(name).cloned();
                match found {
                    Some(v) => Ok(v),
                    None => {
                        if name == "__name__" {
                            return Ok(Value::Str(m.name.clone()));
                        }
                        // Written in Python (`builtins.py`): loaded on first use.
                        if &*m.name == "types"
                            && name == "GenericAlias"
                            && self.rules.builtin_generic_alias
                        {
                            let ga = crate::builtins::py_builtin(self, "GenericAlias")?;
                            m.dict.borrow_mut().set_name(Str::from(name), ga.clone());
                            return Ok(ga);
                        }
                        Err(self.no_attr(obj, name))
                    }
                }
            }
            Value::Code(c) => match name {
                "co_name" => Ok(Value::Str(c.name.clone())),
                "co_qualname" if self.rules.co_qualname => Ok(Value::Str(c.qualname.clone())),
                "co_firstlineno" => Ok(Value::Int(c.firstlineno as i64)),
                "co_argcount" => Ok(Value::Int(c.argcount as i64)),
                "co_varnames" => Ok(Value::tuple(
                    c.varnames.iter().map(|s| Value::Str(s.clone())).collect(),
                )),
                "co_filename" => Ok(Value::Str(self.filename.clone())),
                "co_freevars" => {
                    let mut names = c.freevars.clone();
                    names.sort();
                    Ok(Value::tuple(names.into_iter().map(Value::Str).collect()))
                }
                "co_flags" => {
                    let nested = c.qualname.contains("<locals>");
                    let mut fl = 0;
                    if c.kind != crate::compile::CodeKind::Module
                        && c.kind != crate::compile::CodeKind::Class
                    {
                        fl |= 3;
                    }
                    if c.varargs {
                        fl |= 4;
                    }
                    if c.varkw {
                        fl |= 8;
                    }
                    if nested {
                        fl |= 16;
                    }
                    if c.is_generator {
                        // CO_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE (with
                        // CO_GENERATOR), CO_ASYNC_GENERATOR.
                        fl |= match c.gen_kind.get() {
                            crate::compile::GenKind::Generator => 32,
                            crate::compile::GenKind::IterableCoroutine => 32 | 256,
                            crate::compile::GenKind::Coroutine => 128,
                            crate::compile::GenKind::AsyncGenerator => 512,
                        };
                    }
                    if c.freevars.is_empty() && c.cellvars.is_empty() && self.rules.co_nofree_flag {
                        fl |= 64;
                    }
                    Ok(Value::Int(fl))
                }
                _ => Err(self.no_attr(obj, name)),
            },
            Value::Frame(fr) => self.frame_getattr(fr, name),
            Value::Cell(c) if name == "cell_contents" => match &*c.borrow() {
                Value::Undef => Err(self.value_error("Cell is empty")),
                v => Ok(v.clone()),
            },
            Value::Traceback(t) => match name {
                "tb_lineno" => Ok(Value::Int(t.lineno as i64)),
                "tb_next" => Ok(t.next.clone().map_or(Value::None, Value::Traceback)),
                "tb_frame" => Ok(Value::Frame(Rc::new(crate::value::FrameInfo::Traceback(
                    t.code.clone(),
                )))),
                _ => Err(self.no_attr(obj, name)),
            },
            Value::Super(s) => {
                let s = s.clone();
                self.super_getattr(&s, name)
            }
            Value::Range(r) => match name {
                "start" => Ok(Value::Int(r.start)),
                "stop" => Ok(Value::Int(r.stop)),
                "step" => Ok(Value::Int(r.step)),
                _ => self.builtin_attr(obj, name),
            },
            Value::Slice(s) => match name {
                "start" => Ok(s[0].clone()),
                "stop" => Ok(s[1].clone()),
                "step" => Ok(s[2].clone()),
                _ => self.builtin_attr(obj, name),
            },
            Value::Float(_) => match name {
                "real" => Ok(obj.clone()),
                "imag" => Ok(Value::float(0.0)),
                _ => self.builtin_attr(obj, name),
            },
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => match name {
                "real" | "numerator" => Ok(match obj {
                    Value::Bool(b) => Value::Int(i64::from(b.get())),
                    o => o.clone(),
                }),
                "imag" => Ok(Value::Int(0)),
                "denominator" => Ok(Value::Int(1)),
                _ => self.builtin_attr(obj, name),
            },
            _ => self.builtin_attr(obj, name),
        }
    }

    /// `object.__getattribute__(obj, name)`: the lookup without a `__getattr__` fallback.
    pub fn generic_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(i) if i.exc.is_none() => {
                let i = i.clone();
                self.instance_getattribute(&i, obj, name, |vm| instance_dict_lookup(vm, &i, name))
            }
            _ => self.getattr(obj, name),
        }
    }

    fn builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match crate::builtins::methods::find(obj, name) {
            Some((n, f)) => Ok(Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: Some(obj.clone()),
                kind: BuiltinKind::Method(f),
            }))),
            None => Err(self.no_attr(obj, name)),
        }
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `obj.name = v`: a user class's `__setattr__` when it has one.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if i.class.attr_hooks {
                if let Some(m) = crate::value::user_special(obj, "__setattr__") {
                    let m = self.bind(m, obj);
                    self.call(&m, Args::new(vec![Value::str(name), v]))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__(obj, name, v)`: stores without a user `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(d) = &i.exc {
                    if exc_attr(name) {
                        return self.set_exc_attr(d, name, v);
                    }
                    if os_attr(name) {
                        if let Some(o) = d.borrow_mut().os.as_mut() {
                            o.set(name, v);
                            return Ok(());
                        }
                    }
                    if matches!(name, "message" | "exceptions") && d.borrow().group.is_some() {
                        return Err(self.err(ExcKind::AttributeError, "readonly attribute"));
                    }
                }
                let i = i.clone();
                if i.exc.is_none() && self.descr_set(&i, obj, name, Some(v.clone()))? {
                    return Ok(());
                }
                if !i.class.layout.dict {
                    // A plain object(), or slots without a __dict__.
                    return Err(self.no_attr_to_set(obj, name));
                }
                let old = i.set_attr(name, v);
                drop(old);
                Ok(())
            }
            Value::Class(c) if !c.builtin => {
                if matches!(name, "__setattr__" | "__delattr__") {
                    return self.unsupported(&format!("assigning {name} to a class"));
                }
                if name == "__abstractmethods__" && c.meta.is_none() {
                    // The flag only ABCMeta's classes are checked for here.
                    return self.unsupported("__abstractmethods__ of a class not made by ABCMeta");
                }
                if name == "__qualname__" {
                    if let Value::Str(s) = &v {
                        *c.qualname.borrow_mut() = s.clone();
                        return Ok(());
                    }
                }
                self.check_special(name)?;
                let old = c.dict_mut().insert(Str::from(name), v);
                drop(old);
                Ok(())
            }
            Value::Class(c) => Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                c.name
            ))),
            Value::Func(f) => {
                match name {
                    "__name__" | "__qualname__" => {
                        let s = match v {
                            Value::Str(s) => s,
                            _ => {
                                return Err(self
                                    .type_error(format!("{name} must be set to a string object")))
                            }
                        };
                        if name == "__name__" {
                            *f.name.borrow_mut() = s;
                        } else {
                            *f.qualname.borrow_mut() = s;
                        }
                    }
                    _ => {
                        f.dict.borrow_mut().insert(Str::from(name), v);
                    }
                }
                Ok(())
            }
            Value::Generator(g) => self.gen_setattr(g, name, v),
            Value::Cell(c) if name == "cell_contents" => {
                let old = std::mem::replace(&mut *c.borrow_mut(), v);
                drop(old);
                Ok(())
            }
            Value::Module(m) => {
                let old = m.dict.borrow_mut().set_name(Str::from(name), v);
                drop(old);
                Ok(())
            }
            _ => {
                let has = crate::builtins::methods::find(obj, name).is_some();
                if has {
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object attribute '{name}' is read-only",
                            self.type_name(obj)
                        ),
                    ));
                }
                Err(self.no_attr_to_set(obj, name))
            }
        }
    }

    /// The AttributeError of setting a new attribute on an object without a `__dict__`
    /// (3.13 says why).
    fn no_attr_to_set(&self, obj: &Value, name: &str) -> Flow {
        if self.cpython_has_attr(obj, name) {
            return self.no_attr(obj, name);
        }
        let extra = if self.rules.no_dict_message {
            " and no __dict__ for setting new attributes"
        } else {
            ""
        };
        self.err(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{name}'{extra}",
                self.type_name(obj)
            ),
        )
    }

    fn set_exc_attr(
        &mut self,
        d: &std::cell::RefCell<crate::value::ExcData>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let is_exc = |v: &Value| v.exc().is_some();
        match name {
            "args" => {
                let items = self.collect(&v)?;
                d.borrow_mut().args = Some(ThinRc::from(items));
            }
            "__context__" => {
                if !v.is_none() && !is_exc(&v) {
                    return Err(self.type_error(
                        "exception context must be None or derive from BaseException",
                    ));
                }
                d.borrow_mut().context = if v.is_none() { None } else { Some(v) };
            }
            "__cause__" => {
                if !v.is_none() && !is_exc(&v) {
                    return Err(self
                        .type_error("exception cause must be None or derive from BaseException"));
                }
                let mut d = d.borrow_mut();
                d.cause = if v.is_none() { None } else { Some(v) };
                d.suppress_context = true;
            }
            "__suppress_context__" => {
                let b = self.truthy(&v)?;
                d.borrow_mut().suppress_context = b;
            }
            "__traceback__" => {
                let tb = match v {
                    Value::None => None,
                    Value::Traceback(t) => Some(t),
                    _ => return Err(self.type_error("__traceback__ must be a traceback or None")),
                };
                let mut d = d.borrow_mut();
                d.caught_tb = tb.clone();
                d.traceback = tb;
            }
            "value" => {
                d.borrow_mut().value = Some(v);
            }
            _ => {}
        }
        Ok(())
    }

    /// `del obj.name`: a user class's `__delattr__` when it has one.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            if i.class.attr_hooks {
                if let Some(m) = crate::value::user_special(obj, "__delattr__") {
                    let m = self.bind(m, obj);
                    self.call(&m, Args::new(vec![Value::str(name)]))?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                let i = i.clone();
                if i.exc.is_none() && self.descr_set(&i, obj, name, None)? {
                    return Ok(());
                }
                if !i.class.layout.dict {
                    return Err(self.no_attr_to_set(obj, name));
                }
                let old = i.del_attr(name);
                match old {
                    Some(_) => Ok(()),
                    // Before 3.11 the AttributeError of a missing instance attribute's
                    // deletion is just its name.
                    None if !self.rules.del_attr_error_names_object
                        && !self.cpython_has_attr(obj, name) =>
                    {
                        Err(self.err(ExcKind::AttributeError, name.to_string()))
                    }
                    None => Err(self.no_attr(obj, name)),
                }
            }
            Value::Class(c) if !c.builtin => {
                let old = c.dict_mut().shift_remove(name);
                match old {
                    Some(_) => Ok(()),
                    None => Err(self.no_attr(obj, name)),
                }
            }
            Value::Generator(g) => {
                let g = g.clone();
                self.gen_setattr(&g, name, Value::Undef)
            }
            Value::Cell(c) if name == "cell_contents" => {
                let old = std::mem::replace(&mut *c.borrow_mut(), Value::Undef);
                drop(old);
                Ok(())
            }
            Value::Func(f) => {
                let old = f.dict.borrow_mut().shift_remove(name);
                match old {
                    Some(_) => Ok(()),
                    None => Err(self.no_attr(obj, name)),
                }
            }
            _ => Err(self.no_attr(obj, name)),
        }
    }
}

/// An instance's own attribute `name` (its `__dict__` when asked for that).
fn instance_dict_lookup(
    vm: &mut Vm,
    i: &Rc<crate::value::Instance>,
    name: &str,
) -> PyResult<Option<Value>> {
    if let Some(v) = i.attr(name) {
        return Ok(Some(v));
    }
    if name == "__dict__" {
        if !i.class.layout.dict {
            return Ok(None);
        }
        let _ = vm;
        return Ok(Some(Value::Dict(i.dict_object())));
    }
    Ok(None)
}

fn exc_attr(name: &str) -> bool {
    matches!(
        name,
        "args" | "__context__" | "__cause__" | "__suppress_context__" | "__traceback__" | "value"
    )
}

/// Attributes of exceptions that only some have (a group's `message`/`exceptions`) or only
/// some targets (`add_note`, 3.11+): read from the exception, never set through it.
fn exc_read_attr(name: &str) -> bool {
    exc_attr(name) || os_attr(name) || matches!(name, "message" | "exceptions" | "add_note")
}

/// The members of an OSError.
fn os_attr(name: &str) -> bool {
    matches!(name, "errno" | "strerror" | "filename" | "filename2")
}

/// A sample value of a built-in type, to find its methods by type name.
fn builtin_sample(name: &str) -> Option<Value> {
    Some(match name {
        "str" => Value::str(""),
        "list" => Value::list(Vec::new()),
        "tuple" => Value::tuple(Vec::new()),
        "dict" => Value::dict(crate::value::Dict::new()),
        "set" => Value::set(crate::value::PySet::new()),
        "int" => Value::Int(0),
        "float" => Value::float(0.0),
        "bytes" => Value::Bytes(ThinRc::from(Vec::new())),
        _ => return None,
    })
}

use crate::value::Str;
use crate::vm::ExcKind;
