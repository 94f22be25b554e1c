//! Metaclasses: classes made by a subclass of `type` (`class C(metaclass=M)`, or a class whose
//! base was made by one, as `abc.ABCMeta` makes `abc.ABC`): choosing the metaclass
//! (`_PyType_CalculateMetaclass`), making the class through it (`M(name, bases, ns)`, which
//! runs `M.__new__` and `M.__init__` as `type_call` does), `type.__new__` itself, what a class
//! finds on its metaclass, and the abstract-class check of `object_new`.
//!
//! Not modelled (`unsupported`): a metaclass `__prepare__`, a metaclass that is not a class,
//! and special methods of a metaclass other than those listed in [`META_SPECIALS`] (the engine
//! does not look up `len(cls)`, `iter(cls)`, `cls[...]`, … on the metaclass).

use std::rc::Rc;

use super::Vm;
use crate::value::{Args, Class, NameMap, PyResult, Str, TypeId, Value};

/// The special methods a metaclass may define that the engine consults: making and calling
/// the classes, `isinstance`/`issubclass`, and the `repr`, `str` and attribute lookups whose
/// default the engine's classes share.
const META_SPECIALS: &[&str] = &[
    "__new__",
    "__init__",
    "__call__",
    "__instancecheck__",
    "__subclasscheck__",
    "__module__",
    "__qualname__",
    "__doc__",
    "__dict__",
    "__weakref__",
    "__classcell__",
    "__orig_bases__",
    "__init_subclass__",
    "__set_name__",
    "__abstractmethods__",
    "__slots__",
];

impl Vm {
    /// `_PyType_CalculateMetaclass`: the most derived of `start` and the metaclasses of
    /// `bases` (None stands for `type`), or CPython's TypeError when they conflict.
    pub(crate) fn calculate_meta(
        &mut self,
        start: Option<Rc<Class>>,
        bases: &[Rc<Class>],
    ) -> PyResult<Option<Rc<Class>>> {
        let ty = self.types.type_.clone();
        let mut winner = start.unwrap_or_else(|| ty.clone());
        for b in bases {
            let bm = b.meta.clone().unwrap_or_else(|| ty.clone());
            if winner.is_subclass_of(&bm) {
                continue;
            }
            if bm.is_subclass_of(&winner) {
                winner = bm;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok((!Rc::ptr_eq(&winner, &ty)).then_some(winner))
    }

    /// The metaclass a class statement gives: its `metaclass=` value (a subclass of `type`)
    /// or the bases' (None: `type`).
    pub(crate) fn statement_meta(
        &mut self,
        explicit: Option<Value>,
        bases: &[Value],
    ) -> PyResult<Option<Rc<Class>>> {
        let start = match explicit {
            None => None,
            Some(Value::Class(m)) if m.is_subclass_of(&self.types.type_) => {
                (!Rc::ptr_eq(&m, &self.types.type_)).then_some(m)
            }
            Some(_) => return self.unsupported("a metaclass that is not a subclass of type"),
        };
        let classes: Vec<Rc<Class>> = bases
            .iter()
            .filter_map(|b| match b {
                Value::Class(c) => Some(c.clone()),
                _ => None,
            })
            .collect();
        self.calculate_meta(start, &classes)
    }

    /// Check that the metaclass `meta` defines no special method the engine would not
    /// consult on its classes.
    pub(crate) fn check_meta_specials(&self, meta: &Rc<Class>) -> PyResult<()> {
        for c in std::iter::once(meta).chain(meta.mro.iter()) {
            if c.builtin {
                continue;
            }
            for k in c.dict.borrow().keys() {
                let special = k.starts_with("__") && k.ends_with("__") && k.len() > 4;
                if special && !META_SPECIALS.contains(&&**k) {
                    return self.unsupported(&format!("special method {k} on a metaclass"));
                }
            }
            if c.dict.borrow().contains_key("__prepare__") {
                return self.unsupported("a metaclass __prepare__");
            }
        }
        Ok(())
    }

    /// The class statement's class when its metaclass is `meta`: the body's namespace as a
    /// dict, then `meta(name, bases, namespace)`.
    pub(crate) fn build_class_with_meta(
        &mut self,
        meta: &Rc<Class>,
        name: Str,
        bases: Vec<Value>,
        ns: NameMap,
        kw: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        self.check_meta_specials(meta)?;
        let dict = self.names_to_dict(ns)?;
        let args = Args {
            pos: vec![Value::Str(name), Value::tuple(bases), dict],
            kw,
        };
        self.call(&Value::Class(meta.clone()), args)
    }

    fn names_to_dict(&mut self, ns: NameMap) -> PyResult<Value> {
        let mut d = crate::value::Dict::new();
        for (k, v) in ns {
            d.insert(self.key(Value::Str(k))?, v);
        }
        Ok(Value::dict(d))
    }

    /// `M(*args)` for a metaclass `M` (`type_call`): `M.__new__(M, *args)`, then `M.__init__`
    /// on the result when it is an instance of `M`.
    pub(crate) fn call_metaclass(&mut self, meta: &Rc<Class>, args: Args) -> PyResult<Value> {
        let new = meta.lookup("__new__");
        let made = match new {
            Some(f @ Value::Func(_)) => {
                let pos = [vec![Value::Class(meta.clone())], args.pos.clone()].concat();
                self.call(
                    &f,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                )?
            }
            _ => self.type_new_meta(meta, &args)?,
        };
        if let Value::Class(c) = &made {
            // type_call: `__init__` of the new object's type, when it is an instance of `meta`.
            let made_meta = c.meta.clone().unwrap_or_else(|| self.types.type_.clone());
            if made_meta.is_subclass_of(meta) {
                if let Some(f @ Value::Func(_)) = made_meta.lookup("__init__") {
                    let pos = [vec![made.clone()], args.pos].concat();
                    let r = self.call(&f, Args { pos, kw: args.kw })?;
                    if !r.is_none() {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                }
            }
        }
        Ok(made)
    }

    /// `type.__new__(meta, name, bases, namespace)`: a new class whose metaclass is the most
    /// derived of `meta` and its bases' metaclasses.
    pub(crate) fn type_new_meta(&mut self, meta: &Rc<Class>, args: &Args) -> PyResult<Value> {
        if args.pos.len() != 3 {
            if Rc::ptr_eq(meta, &self.types.type_) && args.pos.len() == 1 {
                return Ok(Value::Class(self.class_of(&args.pos[0])));
            }
            return Err(self.type_error(if Rc::ptr_eq(meta, &self.types.type_) {
                "type() takes 1 or 3 arguments".to_string()
            } else {
                format!(
                    "type.__new__() takes exactly 3 arguments ({} given)",
                    args.pos.len()
                )
            }));
        }
        let (name, bases, ns) = crate::builtins::type_new_args(self, &args.pos)?;
        let (bases, mro) = self.class_bases(bases)?;
        let start = (!Rc::ptr_eq(meta, &self.types.type_)).then(|| meta.clone());
        let winner = self.calculate_meta(start, &bases)?;
        if let Some(m) = &winner {
            self.check_meta_specials(m)?;
            if !Rc::ptr_eq(m, meta) {
                // type_new passes the call to a more derived metaclass's own `__new__`.
                if let Some(f @ Value::Func(_)) = m.lookup("__new__") {
                    let pos = [vec![Value::Class(m.clone())], args.pos.clone()].concat();
                    return self.call(
                        &f,
                        Args {
                            pos,
                            kw: args.kw.clone(),
                        },
                    );
                }
            }
        }
        let cls = self.make_class(name, bases, mro, ns, winner)?;
        self.finish_class(&cls, args.kw.clone())?;
        Ok(Value::Class(cls))
    }

    /// `cls.name` found on the metaclass of `cls` (after the class's own MRO): a function
    /// bound to the class, or what a descriptor gives.
    pub(crate) fn meta_getattr(&mut self, cls: &Rc<Class>, name: &str) -> Option<PyResult<Value>> {
        let meta = cls.meta.as_ref()?;
        let v = meta.lookup(name)?;
        if meta
            .mro
            .iter()
            .any(|c| c.builtin && c.dict.borrow().contains_key(name))
            && !meta.dict.borrow().contains_key(name)
            && !meta
                .mro
                .iter()
                .any(|c| !c.builtin && c.dict.borrow().contains_key(name))
        {
            // `type`'s or `object`'s own: the engine's class attributes answer those.
            return None;
        }
        let meta = meta.clone();
        Some(self.descr_get(v, Some(&Value::Class(cls.clone())), &meta))
    }

    /// `isinstance(obj, cls)`/`issubclass(obj, cls)` by the metaclass's `__instancecheck__` /
    /// `__subclasscheck__`, when `cls` has a metaclass that defines it.
    pub(crate) fn meta_check_hook(&mut self, cls: &Value, hook: &str) -> Option<Value> {
        let Value::Class(c) = cls else {
            return None;
        };
        let meta = c.meta.as_ref()?;
        match meta.lookup(hook) {
            Some(f @ Value::Func(_)) => Some(self.bind(f, cls)),
            _ => None,
        }
    }

    /// `object_new`'s check: a class whose `__abstractmethods__` is not empty cannot be
    /// instantiated (CPython's TypeError, worded per version).
    pub(crate) fn check_abstract(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        if cls.meta.is_none() {
            return Ok(());
        }
        let abstracts = cls.dict.borrow().get("__abstractmethods__").cloned();
        let Some(abstracts) = abstracts else {
            return Ok(());
        };
        if !self.truthy(&abstracts)? {
            return Ok(());
        }
        let mut names = Vec::new();
        let items = self.collect(&abstracts)?;
        for v in items {
            names.push(self.str_of(&v)?);
        }
        names.sort();
        let n = names.len();
        let msg = if self.rules.abstract_message_implementation {
            let quoted: Vec<String> = names.iter().map(|s| format!("'{s}'")).collect();
            format!(
                "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
                cls.name,
                if n == 1 { "" } else { "s" },
                quoted.join(", ")
            )
        } else {
            format!(
                "Can't instantiate abstract class {} with abstract method{} {}",
                cls.name,
                if n == 1 && self.rules.abstract_message_singular {
                    ""
                } else {
                    "s"
                },
                names.join(", ")
            )
        };
        Err(self.type_error(msg))
    }

    /// `C.__subclasses__()`: the classes made with `C` among their bases, oldest first (the
    /// built-in types' lists are not modelled).
    pub(crate) fn direct_subclasses(&mut self, cls: &Rc<Class>) -> PyResult<Value> {
        if cls.builtin {
            return self.unsupported(&format!("__subclasses__() of built-in type {}", cls.name));
        }
        let subs: Vec<Value> = cls
            .cache
            .subclasses_alive()
            .into_iter()
            .filter(|s| s.bases.iter().any(|b| Rc::ptr_eq(b, cls)))
            .map(Value::Class)
            .collect();
        Ok(Value::list(subs))
    }

    /// Is `cls` a metaclass (a subclass of `type` made by a class statement)?
    pub(crate) fn is_metaclass(cls: &Class) -> bool {
        !cls.builtin && cls.base_type == TypeId::Type
    }
}
