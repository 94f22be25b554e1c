//! The `weakref` module: `ref` and `proxy` without callbacks (CPython's generator doctests
//! take weak references to generators). A weak reference holds an `rc::Weak` to the object;
//! it dies when the last strong reference goes, before a dropped generator is finalized, as
//! CPython clears weak references first in a generator's deallocator.

use std::rc::{Rc, Weak};

use crate::compile::Code;
use crate::generator::Generator;
use crate::value::{
    Args, BuiltinFn, Class, Function, Instance, Method, PyResult, PySet, Value, WeakKind, WeakRef,
};
use crate::vm::ExcKind;
use crate::vm::Vm;

/// What a weak reference points to: the objects CPython lets you take weak references to.
pub enum WeakTarget {
    Func(Weak<Function>),
    Builtin(Weak<BuiltinFn>),
    Method(Weak<Method>),
    Class(Weak<Class>),
    Instance(Weak<Instance>),
    Generator(Weak<Generator>),
    Set(Weak<std::cell::RefCell<PySet>>),
    FrozenSet(Weak<PySet>),
    Code(Weak<Code>),
}

impl WeakTarget {
    /// The target's allocation (the collector's identity of it).
    fn addr(&self) -> usize {
        match self {
            WeakTarget::Func(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Builtin(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Method(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Class(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Instance(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Generator(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Set(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::FrozenSet(w) => w.as_ptr() as *const u8 as usize,
            WeakTarget::Code(w) => w.as_ptr() as *const u8 as usize,
        }
    }

    fn of(v: &Value) -> Option<WeakTarget> {
        Some(match v {
            Value::Func(f) => WeakTarget::Func(Rc::downgrade(f)),
            Value::Builtin(f) => WeakTarget::Builtin(Rc::downgrade(f)),
            Value::Method(m) => WeakTarget::Method(Rc::downgrade(m)),
            Value::Class(c) => WeakTarget::Class(Rc::downgrade(c)),
            // Instances of the built-in exception types have no weak reference slot; those
            // of classes defined in Python do.
            Value::Instance(i) if i.class.layout.weakref => WeakTarget::Instance(Rc::downgrade(i)),
            Value::Generator(g) => WeakTarget::Generator(Rc::downgrade(g)),
            Value::Set(s) => WeakTarget::Set(Rc::downgrade(s)),
            Value::FrozenSet(s) => WeakTarget::FrozenSet(Rc::downgrade(s)),
            Value::Code(c) => WeakTarget::Code(Rc::downgrade(c)),
            _ => return None,
        })
    }

    /// The object, while it is alive (and not garbage whose weak references the cyclic
    /// collector cleared).
    pub fn get(&self) -> Option<Value> {
        if crate::heap::with(|h| h.gc.weak_cleared(self.addr())).unwrap_or(false) {
            return None;
        }
        Some(match self {
            WeakTarget::Func(w) => Value::Func(w.upgrade()?),
            WeakTarget::Builtin(w) => Value::Builtin(w.upgrade()?),
            WeakTarget::Method(w) => Value::Method(w.upgrade()?),
            WeakTarget::Class(w) => Value::Class(w.upgrade()?),
            WeakTarget::Instance(w) => Value::Instance(w.upgrade()?),
            WeakTarget::Generator(w) => Value::Generator(w.upgrade()?),
            WeakTarget::Set(w) => Value::Set(w.upgrade()?),
            WeakTarget::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            WeakTarget::Code(w) => Value::Code(w.upgrade()?),
        })
    }
}

/// The attributes of the module a case gets on `import weakref`.
pub fn items(vm: &Vm) -> Vec<(&'static str, Value)> {
    let (r, p) = class_names(vm);
    vec![
        // `weakref.ref` is the reference type itself (`isinstance(r, weakref.ref)`).
        ("ref", Value::Class(vm.types.iter_type(r))),
        ("proxy", super::func("proxy", make_proxy)),
        ("ReferenceType", Value::Class(vm.types.iter_type(r))),
        ("ProxyType", Value::Class(vm.types.iter_type(p))),
        (
            "getweakrefcount",
            super::func("getweakrefcount", unmodelled),
        ),
        ("getweakrefs", super::func("getweakrefs", unmodelled)),
        (
            "WeakValueDictionary",
            super::func("WeakValueDictionary", unmodelled),
        ),
        (
            "WeakKeyDictionary",
            super::func("WeakKeyDictionary", unmodelled),
        ),
        ("WeakSet", super::func("WeakSet", unmodelled)),
        ("WeakMethod", super::func("WeakMethod", unmodelled)),
        ("finalize", super::func("finalize", unmodelled)),
    ]
}

/// The names of the reference and proxy types: `weakref.ReferenceType` from 3.10 on, plain
/// `weakref` / `weakproxy` before.
fn class_names(vm: &Vm) -> (&'static str, &'static str) {
    if vm.rules.weakref_type_names {
        ("ReferenceType", "ProxyType")
    } else {
        ("weakref", "weakproxy")
    }
}

fn unmodelled(vm: &mut Vm, _: Args) -> PyResult<Value> {
    vm.unsupported("weakref functions other than ref and proxy")
}

/// Whether `cls` is the reference type, which `weakref.ref(obj)` calls.
pub fn is_ref_type(vm: &Vm, cls: &Rc<Class>) -> bool {
    Rc::ptr_eq(cls, &vm.types.iter_type(class_names(vm).0))
}

pub fn make_ref(vm: &mut Vm, a: Args) -> PyResult<Value> {
    make(vm, a, WeakKind::Ref)
}

fn make_proxy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    make(vm, a, WeakKind::Proxy)
}

/// `weakref.ref(obj)` / `weakref.proxy(obj)`: without a callback, CPython hands out the one
/// existing reference (or proxy) to the object again.
fn make(vm: &mut Vm, a: Args, kind: WeakKind) -> PyResult<Value> {
    let name = match kind {
        WeakKind::Ref => "__new__",
        WeakKind::Proxy => "proxy",
    };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    super::arity(vm, name, &a, 1, 2)?;
    if a.pos.get(1).is_some_and(|c| !c.is_none()) {
        return vm.unsupported("weak reference callbacks");
    }
    let obj = &a.pos[0];
    let Some(target) = WeakTarget::of(obj) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(obj)
        )));
    };
    let key = (obj.addr().unwrap_or(0), kind);
    if let Some(existing) = vm.weakrefs.get(&key).and_then(Weak::upgrade) {
        if existing.target.get().is_some_and(|t| t.is(obj)) {
            return Ok(Value::WeakRef(existing));
        }
    }
    let (r, p) = class_names(vm);
    let w = Rc::new(WeakRef {
        target,
        kind,
        class_name: match kind {
            WeakKind::Ref => r,
            WeakKind::Proxy => p,
        },
    });
    vm.weakrefs.insert(key, Rc::downgrade(&w));
    Ok(Value::WeakRef(w))
}

impl Vm {
    /// The object behind a proxy, or ReferenceError when it is gone.
    pub fn proxy_target(&self, w: &WeakRef) -> PyResult<Value> {
        w.target.get().ok_or_else(|| {
            self.err(
                ExcKind::ReferenceError,
                "weakly-referenced object no longer exists",
            )
        })
    }

    /// `repr()` of a weak reference or proxy.
    pub fn weakref_repr(&mut self, me: &Value, w: &WeakRef) -> PyResult<String> {
        let at = format!("0x{:x}", me.addr().unwrap_or(0));
        let Some(obj) = w.target.get() else {
            return Ok(match w.kind {
                WeakKind::Proxy if self.rules.dead_proxy_repr_names_none => {
                    format!("<weakproxy at {at} to NoneType at 0x0>")
                }
                WeakKind::Proxy => format!("<weakproxy at {at}; dead>"),
                WeakKind::Ref => format!("<weakref at {at}; dead>"),
            });
        };
        let to = format!("0x{:x}", obj.addr().unwrap_or(0));
        let ty = self.type_name(&obj);
        Ok(match w.kind {
            WeakKind::Proxy if self.rules.dead_proxy_repr_names_none => {
                format!("<weakproxy at {at} to {ty} at {to}>")
            }
            WeakKind::Proxy => format!("<weakproxy at {at}; to '{ty}' at {to}>"),
            WeakKind::Ref => {
                let name = match self.getattr(&obj, "__name__") {
                    Ok(Value::Str(s)) => Some(s),
                    Ok(_) => None,
                    Err(crate::value::Flow::Exc(e))
                        if self.is_exc_instance(&e, ExcKind::AttributeError) =>
                    {
                        None
                    }
                    Err(e) => return Err(e),
                };
                match name {
                    Some(n) => format!("<weakref at {at}; to '{ty}' at {to} ({n})>"),
                    None => format!("<weakref at {at}; to '{ty}' at {to}>"),
                }
            }
        })
    }
}
