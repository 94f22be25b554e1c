//! Instances of classes that subclass a built-in type (dict, list, tuple, set): the built-in
//! value each keeps in slot 0, how it is made (`tuple.__new__(cls, …)`, `dict.__init__`),
//! and the built-in methods that act on it where the subclass does not override them — as
//! CPython's C methods act on the object's built-in part.

use std::rc::Rc;

use super::Vm;
use crate::compile::CmpOp;
use crate::heap::Tracked;
use crate::value::{Args, BuiltinFn, BuiltinKind, Class, Instance, NameMap, PyResult, Value};

/// The built-in value of an instance of a subclass of dict, list, tuple or set.
pub fn payload_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if i.class.base_type.has_payload() => i
            .slots
            .borrow()
            .first()
            .cloned()
            .filter(|p| !matches!(p, Value::Undef)),
        _ => None,
    }
}

/// `name` as the Python classes of `cls`'s MRO define it, before the built-in type's own
/// (which the built-in value provides).
pub fn user_defines(cls: &Rc<Class>, name: &str) -> Option<Value> {
    for c in std::iter::once(cls).chain(cls.mro.iter()) {
        if c.builtin {
            return None;
        }
        if let Some(v) = c.dict.borrow().get(name) {
            return Some(v.clone());
        }
    }
    None
}

/// A built-in method bound to `recv`.
fn bound(name: &'static str, f: crate::value::MethodFnPtr, recv: Value) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name,
        recv: Some(recv),
        kind: BuiltinKind::Method(f),
    }))
}

impl Vm {
    /// The built-in class of type `t` (dict, list, tuple, set).
    fn payload_class(&self, t: crate::value::TypeId) -> Rc<Class> {
        use crate::value::TypeId;
        match t {
            TypeId::Dict => self.types.dict.clone(),
            TypeId::List => self.types.list.clone(),
            TypeId::Tuple => self.types.tuple.clone(),
            _ => self.types.set.clone(),
        }
    }

    /// `T.__new__(cls, *args)` for a built-in T with a payload: a new instance of `cls` whose
    /// payload a tuple takes from the arguments (a dict, list or set starts empty: their
    /// `__init__` fills it).
    pub(crate) fn payload_new(&mut self, a: Args) -> PyResult<Value> {
        let mut pos = a.pos.into_iter();
        let cls = match pos.next() {
            Some(Value::Class(c)) => c,
            Some(other) => {
                return Err(self.type_error(format!(
                    "__new__(X): X is not a type object ({})",
                    self.type_name(&other)
                )))
            }
            None => return Err(self.type_error("__new__(): not enough arguments")),
        };
        let rest = Args {
            pos: pos.collect(),
            kw: a.kw,
        };
        let base = self.payload_class(cls.base_type);
        if cls.builtin {
            return crate::builtins::construct(self, &cls, rest);
        }
        let value = if cls.base_type == crate::value::TypeId::Tuple {
            crate::builtins::construct(self, &base, rest)?
        } else {
            crate::builtins::construct(self, &base, Args::default())?
        };
        Ok(self.payload_instance(&cls, value))
    }

    /// A new instance of `cls` holding `value`.
    pub(crate) fn payload_instance(&mut self, cls: &Rc<Class>, value: Value) -> Value {
        let inst = Rc::new(Instance::new(cls.clone(), NameMap::default(), None));
        if let Some(s) = inst.slots.borrow_mut().first_mut() {
            *s = value;
        }
        self.heap.track(Tracked::Instance(Rc::downgrade(&inst)));
        Value::Instance(inst)
    }

    /// `cls(*args)` for a subclass of a built-in type with a payload and no Python `__new__`.
    pub(crate) fn payload_instantiate(&mut self, cls: &Rc<Class>, args: Args) -> PyResult<Value> {
        let base = self.payload_class(cls.base_type);
        let user_init = matches!(user_defines(cls, "__init__"), Some(Value::Func(_)));
        let value = if cls.base_type == crate::value::TypeId::Tuple || !user_init {
            let copy = Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            };
            crate::builtins::construct(self, &base, copy)?
        } else {
            crate::builtins::construct(self, &base, Args::default())?
        };
        let inst = self.payload_instance(cls, value);
        if let Some(Value::Func(init)) = user_defines(cls, "__init__") {
            let r = self.call_function(&init, Some(inst.clone()), args)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(inst)
    }

    /// Attribute `name` of a built-in class with a payload that the engine provides for
    /// its subclasses (`tuple.__new__`, `dict.__init__`).
    pub(crate) fn payload_class_attr(&self, c: &Rc<Class>, name: &str) -> Option<Value> {
        if !(c.builtin && c.base_type.has_payload()) {
            return None;
        }
        match name {
            "__new__" => Some(Value::Builtin(Rc::new(BuiltinFn {
                name: "__new__",
                recv: None,
                kind: BuiltinKind::Func(|vm, a| vm.payload_new(a)),
            }))),
            "__init__" => Some(Value::Builtin(Rc::new(BuiltinFn {
                name: "__init__",
                recv: None,
                kind: BuiltinKind::Method(payload_init),
            }))),
            _ => WRAPPERS.iter().find(|(n, _)| *n == name).map(|(n, f)| {
                Value::Builtin(Rc::new(BuiltinFn {
                    name: n,
                    recv: None,
                    kind: BuiltinKind::Method(*f),
                }))
            }),
        }
    }

    /// Attribute `name` of the built-in part of `obj` (a method bound to its payload), for
    /// `obj.name` and `super().name` past the Python classes.
    /// With `wrappers`, also the operator methods (`__setitem__`, `__eq__`, …) that the
    /// engine's operators apply to the built-in value directly.
    pub(crate) fn payload_attr(&self, obj: &Value, name: &str, wrappers: bool) -> Option<Value> {
        let p = payload_of(obj)?;
        if name == "__init__" {
            return Some(bound("__init__", payload_init, p));
        }
        if let Some((n, f)) = crate::builtins::methods::find(&p, name) {
            return Some(bound(n, f, p));
        }
        if wrappers {
            return WRAPPERS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, f)| bound(n, *f, p));
        }
        None
    }
}

/// `dict.__init__(d, ...)`, `list.__init__(l, ...)`, `set.__init__(s, ...)` on a payload (or
/// a plain value): dict updates, list and set replace their contents.
fn payload_init(vm: &mut Vm, recv: &Value, a: Args) -> PyResult<Value> {
    let recv = payload_of(recv).unwrap_or_else(|| recv.clone());
    let cls = vm.class_of(&recv);
    match &recv {
        Value::Dict(d) => {
            let new = crate::builtins::construct(vm, &cls, a)?;
            if let Value::Dict(n) = new {
                let items = n.borrow().items();
                for (k, v) in items {
                    let k = vm.key(k)?;
                    let old = d.borrow_mut().insert(k, v);
                    drop(old);
                }
            }
        }
        Value::List(l) => {
            let new = crate::builtins::construct(vm, &cls, a)?;
            if let Value::List(n) = new {
                let items = std::mem::take(&mut *n.borrow_mut());
                let old = std::mem::replace(&mut *l.borrow_mut(), items);
                drop(old);
            }
        }
        Value::Set(s) => {
            let new = crate::builtins::construct(vm, &cls, a)?;
            if let Value::Set(n) = new {
                let items = std::mem::take(&mut *n.borrow_mut());
                let old = std::mem::replace(&mut *s.borrow_mut(), items);
                drop(old);
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The built-in types' operator methods as attributes (`dict.__setitem__(d, k, v)`,
/// `super().__setitem__(k, v)`): the engine's operator on the built-in value.
const WRAPPERS: &[(&str, crate::value::MethodFnPtr)] = &[
    ("__setitem__", |vm, r, a| {
        let (k, v) = (arg(&a, 0), arg(&a, 1));
        vm.setitem(r, k, v)?;
        Ok(Value::None)
    }),
    ("__delitem__", |vm, r, a| {
        vm.delitem(r, &arg(&a, 0))?;
        Ok(Value::None)
    }),
    ("__repr__", |vm, r, _| Ok(Value::str(&vm.repr(r)?))),
    ("__eq__", |vm, r, a| cmp(vm, r, a, CmpOp::Eq)),
    ("__ne__", |vm, r, a| cmp(vm, r, a, CmpOp::Ne)),
    ("__lt__", |vm, r, a| cmp(vm, r, a, CmpOp::Lt)),
    ("__le__", |vm, r, a| cmp(vm, r, a, CmpOp::Le)),
    ("__gt__", |vm, r, a| cmp(vm, r, a, CmpOp::Gt)),
    ("__ge__", |vm, r, a| cmp(vm, r, a, CmpOp::Ge)),
];

fn arg(a: &Args, i: usize) -> Value {
    a.pos.get(i).cloned().unwrap_or(Value::None)
}

fn cmp(vm: &mut Vm, r: &Value, a: Args, op: CmpOp) -> PyResult<Value> {
    let other = arg(&a, 0);
    let other = payload_of(&other).unwrap_or(other);
    if vm.class_of(r).base_type != vm.class_of(&other).base_type {
        return Ok(Value::NotImplemented);
    }
    vm.compare(r, &other, op)
}
