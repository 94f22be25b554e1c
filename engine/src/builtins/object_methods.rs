//! The methods every class inherits from `object` and `BaseException` (`__init__`,
//! `__setattr__`, `__new__`, `__str__`, `with_traceback`, …), installed into their dicts.

use std::rc::Rc;

use super::{attr_name, func};
use crate::value::{BuiltinFn, BuiltinKind, Str, ThinRc, Value};
use crate::vm::{ExcKind, Types};

/// Put the methods of `object` and `BaseException` into their class dicts.
pub(super) fn install(t: &Types) {
    // Methods that user classes inherit.
    let obj_methods: &[(&'static str, crate::value::MethodFnPtr)] = &[
        ("__init__", |_, _, _| Ok(Value::None)),
        // The generic attribute protocol, for a user __setattr__/__delattr__/__getattr__ to
        // fall back on (`object.__setattr__(self, name, value)`, `super().__setattr__`).
        ("__setattr__", |vm, r, a| {
            if a.pos.len() != 2 {
                return Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_setattr(r, &name, a.pos[1].clone())?;
            Ok(Value::None)
        }),
        ("__delattr__", |vm, r, a| {
            if a.pos.len() != 1 {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_delattr(r, &name)?;
            Ok(Value::None)
        }),
        ("__getattribute__", |vm, r, a| {
            if a.pos.len() != 1 {
                return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len())));
            }
            let name = attr_name(vm, &a.pos[0])?;
            vm.generic_getattr(r, &name)
        }),
        ("__str__", |vm, r, _| Ok(Value::str(&vm.repr(r)?))),
        // object.__new__(cls, *args) (called unbound, or bound to cls through super()).
        ("__new__", |vm, r, a| {
            let (cls, rest) = match a.pos.split_first() {
                Some((Value::Class(c), rest)) => (c.clone(), rest.to_vec()),
                _ => match r {
                    Value::Class(c) => (c.clone(), a.pos.clone()),
                    _ => {
                        let t = vm.type_name(a.pos.first().unwrap_or(r));
                        return Err(vm.type_error(format!(
                            "object.__new__(X): X is not a type object ({t})"
                        )));
                    }
                },
            };
            if cls.builtin
                && !matches!(
                    cls.base_type,
                    crate::value::TypeId::Object | crate::value::TypeId::BaseException
                )
            {
                return vm.unsupported(&format!("object.__new__({})", cls.name));
            }
            vm.check_abstract(&cls)?;
            if cls.is_subclass_of(vm.types.exc(ExcKind::OSError)) {
                let user_init = matches!(cls.lookup("__init__"), Some(Value::Func(_)));
                return vm.new_os_error(&cls, rest, user_init);
            }
            Ok(if cls.is_exception() {
                vm.new_exception(&cls, rest)
            } else {
                let inst = Rc::new(crate::value::Instance::new(
                    cls,
                    crate::value::NameMap::default(),
                    None,
                ));
                vm.heap
                    .track(crate::heap::Tracked::Instance(Rc::downgrade(&inst)));
                Value::Instance(inst)
            })
        }),
    ];
    // type.__new__(meta, name, bases, ns) and type.__call__(cls, *args), for a metaclass's
    // `super().__new__(...)` and `super().__call__(...)`.
    let type_methods: &[(&'static str, crate::value::MethodFnPtr)] = &[
        ("__new__", |vm, r, a| {
            let (meta, rest) = match a.pos.split_first() {
                Some((Value::Class(c), rest)) => (c.clone(), rest.to_vec()),
                _ => match r {
                    Value::Class(c) => (c.clone(), a.pos.clone()),
                    _ => return Err(vm.type_error("type.__new__(X): X is not a type object")),
                },
            };
            if !meta.is_subclass_of(&vm.types.type_) {
                return Err(vm.type_error(format!(
                    "type.__new__({}): {} is not a subtype of type",
                    meta.name, meta.name
                )));
            }
            vm.type_new_meta(
                &meta,
                &crate::value::Args {
                    pos: rest,
                    kw: a.kw,
                },
            )
        }),
        ("__call__", |vm, r, a| match r {
            Value::Class(c) => {
                let c = c.clone();
                vm.type_call(&c, a)
            }
            _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
        }),
    ];
    for (n, f) in type_methods {
        t.type_.dict_mut().insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
    // object.__subclasshook__ (a class method): NotImplemented, whatever it is asked.
    t.object.dict_mut().insert(
        Str::from("__subclasshook__"),
        func("__subclasshook__", |_, _| Ok(Value::NotImplemented)),
    );
    // object.__init_subclass__ (an implicit class method: found through super() unbound).
    t.object.dict_mut().insert(
        Str::from("__init_subclass__"),
        func("__init_subclass__", |vm, a| {
            if !a.kw.is_empty() {
                // CPython's TypeError names the class, which an unbound call does not know.
                return vm.unsupported("keyword arguments reaching object.__init_subclass__");
            }
            if !a.pos.is_empty() {
                return Err(vm.type_error(format!(
                    "__init_subclass__() takes no arguments ({} given)",
                    a.pos.len()
                )));
            }
            Ok(Value::None)
        }),
    );
    for (n, f) in obj_methods {
        t.object.dict_mut().insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
    let exc_methods: &[(&'static str, crate::value::MethodFnPtr)] = &[
        ("__init__", |vm, r, a| {
            if let (Some(d), Value::Instance(i)) = (r.exc(), r) {
                if d.borrow().os.is_some() {
                    // OSError.__init__ does its work only for a class with its own __init__
                    // (else its construction did).
                    if matches!(i.class.lookup("__init__"), Some(Value::Func(_))) {
                        let mut args = a.pos;
                        let fields = vm.os_fields(&i.class, &mut args)?;
                        let mut d = d.borrow_mut();
                        d.os = Some(Box::new(fields));
                        d.args = Some(ThinRc::from(args));
                    }
                    return Ok(Value::None);
                }
            }
            if let Some(d) = r.exc() {
                let is_stop = d.borrow().value.is_some();
                let mut d = d.borrow_mut();
                if is_stop {
                    d.value = Some(a.pos.first().cloned().unwrap_or(Value::None));
                }
                d.args = Some(ThinRc::from(a.pos));
            }
            Ok(Value::None)
        }),
        ("__str__", |vm, r, _| {
            let args = vm.exc_args(r);
            let text = match args.len() {
                0 => String::new(),
                1 => vm.str_of(&args[0])?,
                _ => vm.repr(&Value::Tuple(args))?,
            };
            Ok(Value::str(&text))
        }),
        ("with_traceback", |vm, r, a| {
            if let Some(d) = r.exc() {
                let tb = match a.pos.first() {
                    Some(Value::Traceback(t)) => Some(t.clone()),
                    Some(Value::None) => None,
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                };
                let mut d = d.borrow_mut();
                d.caught_tb = tb.clone();
                d.traceback = tb;
            }
            Ok(r.clone())
        }),
    ];
    for (n, f) in exc_methods {
        t.exc(ExcKind::BaseException).dict_mut().insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
}
