//! `__slots__` and what type_new puts in a new class's dict besides its namespace: the
//! instance layout (slots, `__dict__`, `__weakref__`), the member and getset descriptors, and
//! the class's `__dict__` as a live, read-only `mappingproxy`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::{
    Args, BuiltinFn, BuiltinKind, Class, Dict, Instance, Layout, MethodFnPtr, NameMap, PyResult,
    Str, TypeId, Value,
};
use crate::vm::{ExcKind, Vm};

/// The built-in classes of this module, made once per run (kept in the VM's `Types`).
pub struct DescrTypes {
    pub member: Rc<Class>,
    pub getset: Rc<Class>,
    pub mappingproxy: Rc<Class>,
}

impl DescrTypes {
    pub fn new(object: &Rc<Class>) -> DescrTypes {
        DescrTypes {
            member: builtin_class("member_descriptor", MEMBER_METHODS, object),
            getset: builtin_class("getset_descriptor", GETSET_METHODS, object),
            mappingproxy: builtin_class("mappingproxy", PROXY_METHODS, object),
        }
    }
}

fn builtin_class(
    name: &str,
    methods: &[(&'static str, MethodFnPtr)],
    object: &Rc<Class>,
) -> Rc<Class> {
    let mut dict = NameMap::default();
    for (n, f) in methods {
        dict.insert(
            Str::from(*n),
            Value::Builtin(Rc::new(BuiltinFn {
                name: n,
                recv: None,
                kind: BuiltinKind::Method(*f),
            })),
        );
    }
    Class {
        name: Str::from(name),
        qualname: RefCell::new(Str::from(name)),
        module: Str::from("builtins"),
        bases: vec![object.clone()],
        mro: vec![object.clone()],
        dict: RefCell::new(dict),
        base_type: TypeId::Object,
        builtin: true,
        attr_hooks: false,
        layout: Layout::default(),
        cache: Default::default(),
        meta: None,
    }
    .into_rc()
}

/// What a class statement's `__slots__` (or its absence) gives the new class: its layout
/// and the names of the slots it adds (mangled and sorted), for their member descriptors.
pub struct NewLayout {
    pub layout: Layout,
    pub new_slots: Vec<Str>,
    /// The class adds `__dict__` / `__weakref__` (getset descriptors in its dict).
    pub adds_dict: bool,
    pub adds_weakref: bool,
}

/// The base whose instance layout a class's instances extend (CPython's solid_base): the
/// nearest class along the first bases that adds slots.
fn solid_base(vm: &Vm, c: &Rc<Class>) -> Rc<Class> {
    if c.builtin {
        if c.is_exception() {
            return vm.types.exc(crate::vm::ExcKind::BaseException).clone();
        }
        return c.clone();
    }
    let parent = c
        .bases
        .first()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    if c.layout.slots.len() > parent.layout.slots.len() {
        return c.clone();
    }
    solid_base(vm, &parent)
}

/// A private name mangled as the compiler mangles it (`__x` in class `_P` → `_P__x`).
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

impl Vm {
    /// type_new's layout of a new class with `bases` (non-empty) and namespace `ns`.
    pub(crate) fn new_layout(
        &mut self,
        name: &str,
        bases: &[Rc<Class>],
        mro: &[Rc<Class>],
        ns: &NameMap,
    ) -> PyResult<NewLayout> {
        // best_base: the base whose solid base all the others' solid bases are bases of.
        let mut winner: Option<(Rc<Class>, Rc<Class>)> = None;
        for b in bases {
            let cand = solid_base(self, b);
            winner = match winner {
                None => Some((cand, b.clone())),
                Some((w, best)) if w.is_subclass_of(&cand) => Some((w, best)),
                Some(_) if cand.is_subclass_of(&winner_of(&winner)) => Some((cand, b.clone())),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            };
        }
        let best = winner
            .map(|(_, b)| b)
            .unwrap_or_else(|| self.types.object.clone());
        let may_add_dict = !best.layout.dict;
        let may_add_weakref = !best.layout.weakref && best.base_type != TypeId::Tuple;
        let has_dict = mro.iter().any(|c| c.layout.dict);
        let has_weakref = mro.iter().any(|c| c.layout.weakref);
        let mut out = NewLayout {
            layout: Layout {
                slots: best.layout.slots.clone(),
                dict: has_dict,
                weakref: has_weakref,
            },
            new_slots: Vec::new(),
            adds_dict: false,
            adds_weakref: false,
        };
        let Some(spec) = ns.get("__slots__").cloned() else {
            out.adds_dict = may_add_dict;
            out.adds_weakref = may_add_weakref;
            out.layout.dict = true;
            out.layout.weakref = true;
            return Ok(out);
        };
        let items = match &spec {
            Value::Str(_) => vec![spec.clone()],
            _ => self.collect(&spec)?,
        };
        let mut names = Vec::new();
        for it in &items {
            let Value::Str(s) = it else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(it)
                )));
            };
            if !is_identifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            match &**s {
                "__dict__" => {
                    if !may_add_dict || out.adds_dict {
                        return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    out.adds_dict = true;
                }
                "__weakref__" => {
                    if !may_add_weakref || out.adds_weakref {
                        return Err(self.type_error(if self.rules.weakref_slot_message_short {
                            "__weakref__ slot disallowed: we already got one"
                        } else {
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"
                        }));
                    }
                    out.adds_weakref = true;
                }
                _ => names.push(s.clone()),
            }
        }
        // A variable-size built-in (tuple) has no room for slots after its items.
        if !names.is_empty() && best.base_type == TypeId::Tuple {
            return Err(self.type_error("nonempty __slots__ not supported for subtype of 'tuple'"));
        }
        let mut mangled: Vec<Str> = Vec::with_capacity(names.len());
        for n in &names {
            let m = Str::from(mangle(name, n).as_str());
            if ns.contains_key(&*m) {
                return Err(
                    self.value_error(format!("'{m}' in __slots__ conflicts with class variable"))
                );
            }
            mangled.push(m);
        }
        mangled.sort();
        out.layout.slots.extend(mangled.iter().cloned());
        out.layout.dict |= out.adds_dict;
        out.layout.weakref |= out.adds_weakref;
        out.new_slots = mangled;
        Ok(out)
    }

    /// The descriptors a new class gets in its dict: a member per new slot,
    /// then `__dict__` and `__weakref__` when it adds them.
    pub(crate) fn add_layout_descriptors(
        &mut self,
        cls: &Rc<Class>,
        new: &NewLayout,
    ) -> PyResult<()> {
        let mut entries = Vec::new();
        for name in &new.new_slots {
            let index = cls
                .layout
                .slots
                .iter()
                .rposition(|s| s == name)
                .unwrap_or_default();
            let mut d = NameMap::default();
            d.insert(Str::from("__name__"), Value::Str(name.clone()));
            d.insert(Str::from("__objclass__"), Value::Class(cls.clone()));
            // A dict `__slots__`'s values are docs for help(), not the members' __doc__.
            d.insert(Str::from("__doc__"), Value::None);
            let m = Instance::new(self.types.descr.member.clone(), d, None);
            *m.slots.borrow_mut() = vec![Value::Int(index as i64)];
            entries.push((name.clone(), Value::Instance(Rc::new(m))));
        }
        // The engine's own builtins written in Python stand for built-in types: no getsets.
        if &*cls.module != "builtins" {
            for (adds, name) in [
                (new.adds_dict, "__dict__"),
                (new.adds_weakref, "__weakref__"),
            ] {
                if adds {
                    let mut d = NameMap::default();
                    d.insert(Str::from("__name__"), Value::str(name));
                    d.insert(Str::from("__objclass__"), Value::Class(cls.clone()));
                    d.insert(Str::from("__doc__"), Value::None);
                    let g = Instance::new(self.types.descr.getset.clone(), d, None);
                    entries.push((Str::from(name), Value::Instance(Rc::new(g))));
                }
            }
        }
        let mut dict = cls.dict_mut();
        for (k, v) in entries {
            dict.insert(k, v);
        }
        Ok(())
    }

    /// The class's `__dict__`: a mappingproxy reading the class's namespace.
    pub(crate) fn class_dict_proxy(&self, cls: &Rc<Class>) -> Value {
        let p = Instance::new(
            self.types.descr.mappingproxy.clone(),
            NameMap::default(),
            None,
        );
        *p.slots.borrow_mut() = vec![Value::Class(cls.clone())];
        Value::Instance(Rc::new(p))
    }
}

fn winner_of(w: &Option<(Rc<Class>, Rc<Class>)>) -> Rc<Class> {
    w.as_ref().map(|(c, _)| c.clone()).expect("a winner")
}

/// The descriptor's field `name` (`__name__`, `__objclass__`).
fn field(r: &Value, name: &str) -> Value {
    match r {
        Value::Instance(i) => i.attr(name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn hidden(r: &Value) -> Value {
    match r {
        Value::Instance(i) => i.slots.borrow().first().cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn objclass(r: &Value) -> Option<Rc<Class>> {
    match field(r, "__objclass__") {
        Value::Class(c) => Some(c),
        _ => None,
    }
}

/// The instance a member or getset descriptor `r` applies to: `obj` when it is an instance of
/// the descriptor's class, else CPython's TypeError.
fn applies_to(vm: &Vm, r: &Value, obj: &Value) -> PyResult<Rc<Instance>> {
    if let (Some(c), Value::Instance(i)) = (objclass(r), obj) {
        if i.class.is_subclass_of(&c) {
            return Ok(i.clone());
        }
    }
    let owner = objclass(r).map_or_else(String::new, |c| c.name.to_string());
    Err(vm.type_error(format!(
        "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
        crate::builtins::methods::s(&field(r, "__name__")),
        vm.type_name(obj)
    )))
}

fn descr_repr(r: &Value, kind: &str) -> Value {
    let owner = objclass(r).map_or_else(String::new, |c| c.name.to_string());
    Value::str(&format!(
        "<{kind} '{}' of '{owner}' objects>",
        crate::builtins::methods::s(&field(r, "__name__"))
    ))
}

fn arg(a: &Args, i: usize) -> Value {
    a.pos.get(i).cloned().unwrap_or(Value::None)
}

const MEMBER_METHODS: &[(&str, MethodFnPtr)] = &[
    ("__get__", |vm, r, a| {
        let obj = arg(&a, 0);
        if obj.is_none() {
            return Ok(r.clone());
        }
        let i = applies_to(vm, r, &obj)?;
        let index = vm.index_of(&hidden(r)).unwrap_or_default() as usize;
        let v = i.slots.borrow().get(index).cloned().unwrap_or_default();
        match v {
            Value::Undef => {
                let name = field(r, "__name__");
                let name = crate::builtins::methods::s(&name);
                Err(if vm.rules.slot_error_names_object {
                    vm.err(
                        ExcKind::AttributeError,
                        format!("'{}' object has no attribute '{name}'", vm.type_name(&obj)),
                    )
                } else {
                    vm.err(ExcKind::AttributeError, name.to_string())
                })
            }
            v => Ok(v),
        }
    }),
    ("__set__", |vm, r, a| {
        let obj = arg(&a, 0);
        let i = applies_to(vm, r, &obj)?;
        let index = vm.index_of(&hidden(r)).unwrap_or_default() as usize;
        let old = i
            .slots
            .borrow_mut()
            .get_mut(index)
            .map(|s| std::mem::replace(s, arg(&a, 1)));
        drop(old);
        Ok(Value::None)
    }),
    ("__delete__", |vm, r, a| {
        let obj = arg(&a, 0);
        let i = applies_to(vm, r, &obj)?;
        let index = vm.index_of(&hidden(r)).unwrap_or_default() as usize;
        let old = i
            .slots
            .borrow_mut()
            .get_mut(index)
            .map(std::mem::take)
            .unwrap_or_default();
        if let Value::Undef = old {
            let name = field(r, "__name__");
            return Err(vm.err(
                ExcKind::AttributeError,
                crate::builtins::methods::s(&name).to_string(),
            ));
        }
        drop(old);
        Ok(Value::None)
    }),
    ("__repr__", |_, r, _| Ok(descr_repr(r, "member"))),
];

const GETSET_METHODS: &[(&str, MethodFnPtr)] = &[
    ("__get__", |vm, r, a| {
        let obj = arg(&a, 0);
        if obj.is_none() {
            return Ok(r.clone());
        }
        let i = applies_to(vm, r, &obj)?;
        match crate::builtins::methods::s(&field(r, "__name__")) {
            "__dict__" => Ok(Value::Dict(i.dict_object())),
            _ => vm.unsupported("reading __weakref__"),
        }
    }),
    ("__set__", |vm, r, a| {
        let obj = arg(&a, 0);
        let i = applies_to(vm, r, &obj)?;
        set_getset(vm, r, &i, Some(arg(&a, 1)))
    }),
    ("__delete__", |vm, r, a| {
        let obj = arg(&a, 0);
        let i = applies_to(vm, r, &obj)?;
        set_getset(vm, r, &i, None)
    }),
    ("__repr__", |vm, r, _| {
        if vm.rules.getset_repr_without_owner {
            let name = field(r, "__name__");
            let name = crate::builtins::methods::s(&name);
            return Ok(Value::str(&format!("<attribute '{name}'>")));
        }
        Ok(descr_repr(r, "attribute"))
    }),
];

fn set_getset(vm: &mut Vm, r: &Value, i: &Rc<Instance>, v: Option<Value>) -> PyResult<Value> {
    let name = field(r, "__name__");
    let name = crate::builtins::methods::s(&name);
    if name != "__dict__" {
        let owner = objclass(r).map_or_else(String::new, |c| c.name.to_string());
        return Err(vm.err(
            ExcKind::AttributeError,
            format!("attribute '{name}' of '{owner}' objects is not writable"),
        ));
    }
    match v {
        Some(Value::Dict(d)) => {
            let old = std::mem::take(&mut *i.dict.borrow_mut());
            let old_live = i.live.borrow_mut().replace(d);
            drop((old, old_live));
            Ok(Value::None)
        }
        Some(other) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&other)
        ))),
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

/// The class a mappingproxy reads.
fn proxied(vm: &Vm, r: &Value) -> PyResult<Rc<Class>> {
    match hidden(r) {
        Value::Class(c) => Ok(c),
        _ => Err(vm.type_error("mappingproxy() is not modelled")),
    }
}

/// The names type_new adds from 3.13 that the engine does not (yet) record.
fn unrecorded(vm: &Vm, name: &str) -> bool {
    vm.rules.class_firstlineno && matches!(name, "__firstlineno__" | "__static_attributes__")
}

/// A copy of the class's namespace, as a dict (the whole of it: unsupported where the engine
/// lacks entries CPython has).
fn snapshot(vm: &mut Vm, r: &Value) -> PyResult<Value> {
    let c = proxied(vm, r)?;
    if vm.rules.class_firstlineno {
        return vm.unsupported(
            "the whole of a class's __dict__ (__firstlineno__ and __static_attributes__, 3.13+)",
        );
    }
    let entries: Vec<(Str, Value)> = c
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let mut out = Dict::new();
    for (k, v) in entries {
        let key = vm.key(Value::Str(k))?;
        out.insert(key, v);
    }
    Ok(Value::dict(out))
}

/// `proxy[key]`: the class's own entry.
fn proxy_get(vm: &mut Vm, r: &Value, key: &Value) -> PyResult<Option<Value>> {
    let c = proxied(vm, r)?;
    match key {
        Value::Str(s) if unrecorded(vm, s) => vm.unsupported(&format!("{s} of a class (3.13+)")),
        Value::Str(s) => Ok(c.dict.borrow().get(&**s).cloned()),
        other => {
            // A key that is no str is never in a class namespace, but must be hashable.
            vm.key(other.clone())?;
            Ok(None)
        }
    }
}

fn call_on_snapshot(vm: &mut Vm, r: &Value, name: &str, a: Args) -> PyResult<Value> {
    let d = snapshot(vm, r)?;
    let m = vm.getattr(&d, name)?;
    vm.call(&m, a)
}

const PROXY_METHODS: &[(&str, MethodFnPtr)] = &[
    ("__getitem__", |vm, r, a| {
        let key = arg(&a, 0);
        match proxy_get(vm, r, &key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key)),
        }
    }),
    ("get", |vm, r, a| {
        let key = arg(&a, 0);
        Ok(proxy_get(vm, r, &key)?.unwrap_or_else(|| arg(&a, 1)))
    }),
    ("__contains__", |vm, r, a| {
        let key = arg(&a, 0);
        Ok(Value::bool(proxy_get(vm, r, &key)?.is_some()))
    }),
    ("__len__", |vm, r, a| call_on_snapshot(vm, r, "__len__", a)),
    ("__iter__", |vm, r, a| {
        call_on_snapshot(vm, r, "__iter__", a)
    }),
    ("keys", |vm, r, a| call_on_snapshot(vm, r, "keys", a)),
    ("values", |vm, r, a| call_on_snapshot(vm, r, "values", a)),
    ("items", |vm, r, a| call_on_snapshot(vm, r, "items", a)),
    ("copy", |vm, r, a| call_on_snapshot(vm, r, "copy", a)),
    ("__reversed__", |vm, r, a| {
        if !vm.rules.mappingproxy_or {
            return Err(vm.type_error("'mappingproxy' object is not reversible"));
        }
        let d = snapshot(vm, r)?;
        let _ = a;
        let rev = vm.builtins.get("reversed").cloned().unwrap_or(Value::None);
        vm.call(&rev, Args::new(vec![d]))
    }),
    ("__or__", |vm, r, a| {
        if !vm.rules.mappingproxy_or {
            return Ok(Value::NotImplemented);
        }
        let d = snapshot(vm, r)?;
        vm.binary(&d, &arg(&a, 0), crate::compile::BinOp::Or, false)
    }),
    ("__ror__", |vm, r, a| {
        if !vm.rules.mappingproxy_or {
            return Ok(Value::NotImplemented);
        }
        let d = snapshot(vm, r)?;
        vm.binary(&arg(&a, 0), &d, crate::compile::BinOp::Or, false)
    }),
    ("__eq__", |vm, r, a| {
        let d = snapshot(vm, r)?;
        vm.compare(&d, &arg(&a, 0), crate::compile::CmpOp::Eq)
    }),
    ("__repr__", |vm, r, _| {
        let d = snapshot(vm, r)?;
        let inner = vm.repr(&d)?;
        Ok(Value::str(&format!("mappingproxy({inner})")))
    }),
    ("__str__", |vm, r, _| {
        let d = snapshot(vm, r)?;
        let inner = vm.repr(&d)?;
        Ok(Value::str(&inner))
    }),
    ("__setitem__", |vm, _, _| {
        Err(vm.type_error("'mappingproxy' object does not support item assignment"))
    }),
    ("__delitem__", |vm, _, _| {
        Err(vm.type_error("'mappingproxy' object does not support item deletion"))
    }),
    ("__hash__", |vm, _, _| {
        Err(vm.type_error(if vm.rules.mappingproxy_hash_of_mapping {
            "unhashable type: 'dict'"
        } else {
            "unhashable type: 'mappingproxy'"
        }))
    }),
];
