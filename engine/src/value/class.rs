//! Classes and their instances: `Class` with its MRO lookup and type attribute cache
//! (`ClassCache`, CPython's version tags), the instance layout, and `Instance`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rustc_hash::FxBuildHasher;

use super::{py_hash, Dict, ExcData, Function, Key, NameMap, Str, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    Ellipsis,
    NotImplemented,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Module,
    Super,
    Code,
    Frame,
    Traceback,
    Cell,
    Iterator,
    BaseException,
}

/// What instances of a class hold besides the built-in layout (CPython's instance layout):
/// the slots `__slots__` gave it and its bases, by index, and whether they have a `__dict__`
/// and take weak references.
#[derive(Clone, Default)]
pub struct Layout {
    pub slots: Vec<Str>,
    pub dict: bool,
    pub weakref: bool,
}

impl Layout {
    /// Instances with a `__dict__` and weak references (a class without `__slots__`).
    pub fn plain() -> Layout {
        Layout {
            slots: Vec::new(),
            dict: true,
            weakref: true,
        }
    }
}

impl TypeId {
    /// Built-in types a class statement may subclass: their instances keep the built-in
    /// value (a list, a dict, …) in slot 0, and the built-in's methods work on it.
    pub fn has_payload(self) -> bool {
        matches!(
            self,
            TypeId::Dict | TypeId::List | TypeId::Tuple | TypeId::Set
        )
    }
}

pub struct Class {
    pub name: Str,
    pub qualname: RefCell<Str>,
    pub module: Str,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order without the class itself.
    pub mro: Vec<Rc<Class>>,
    /// Its namespace. Read it with `dict.borrow()`; change it only through [`Class::dict_mut`],
    /// which invalidates the type attribute cache.
    pub dict: RefCell<NameMap>,
    /// The built-in type whose layout instances have.
    pub base_type: TypeId,
    /// True for built-in types (not created by a class statement).
    pub builtin: bool,
    /// The class or a base defines `__setattr__` or `__delattr__`: attribute stores on its
    /// instances go through them (no fast path).
    pub attr_hooks: bool,
    pub layout: Layout,
    /// What lookups and instance creation remember about it (see [`ClassCache`]).
    pub cache: ClassCache,
    /// Its metaclass when that is not `type` (a class made by a subclass of `type`, such as
    /// `abc.ABCMeta`).
    pub meta: Option<Rc<Class>>,
}

/// What the engine remembers about a class to skip work:
/// - its version tag (CPython's `tp_version_tag`): a number no other class state ever had,
///   given when the class is made and again whenever its namespace or a base's changes. What a
///   lookup along the MRO found stays true while the tag is the same, so caches keyed by the
///   tag (`LoadAttr`'s and `LoadMethod`'s per-name slots of a code object, the `__del__` check
///   of a dropped instance) skip the lookup;
/// - how many attributes its instances came to have, so a new instance's dict starts with room
///   for them (as CPython's shared keys size a new instance's values).
pub struct ClassCache {
    version: Cell<u64>,
    /// The classes that have this one in their MRO, to retag when this one changes.
    subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// The version at which the MRO was found to have no Python `__del__` (0: not looked).
    no_del: Cell<u64>,
    /// The version at which the MRO was found to have neither `__bool__` nor `__len__`, so
    /// every instance is true (0: not looked).
    plain_truth: Cell<u64>,
    /// The most attributes an instance had when it was dropped (at most `MAX_PRESIZE`).
    dict_size: Cell<usize>,
    /// What a call of the class finds, and the version at which it was looked up (0: not
    /// looked); see [`Class::ctor`].
    ctor: RefCell<(u64, CtorSlot)>,
}

/// What a call of a class finds along its MRO, as [`ClassCache`] keeps it.
#[derive(Clone)]
enum CtorSlot {
    /// No Python `__new__`, and `__init__` is this Python function (held weakly: the class's
    /// namespace holds it while the version stands).
    Init(std::rc::Weak<Function>),
    /// No Python `__new__`, and `__init__` is a built-in one (`object`'s).
    BuiltinInit,
    /// Anything else: the general path looks.
    Other,
}

/// What [`Class::ctor`] found.
pub enum Ctor {
    /// No Python `__new__`; `__init__` is this Python function.
    Init(Rc<Function>),
    /// No Python `__new__`; `__init__` is a built-in one.
    BuiltinInit,
    /// Anything else.
    Other,
}

/// The largest dict a new instance starts with.
const MAX_PRESIZE: usize = 16;

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A version tag never given before (never 0, so a zeroed cache slot matches no class).
fn fresh_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl Default for ClassCache {
    fn default() -> ClassCache {
        ClassCache {
            version: Cell::new(fresh_version()),
            subclasses: RefCell::new(Vec::new()),
            no_del: Cell::new(0),
            plain_truth: Cell::new(0),
            dict_size: Cell::new(0),
            ctor: RefCell::new((0, CtorSlot::Other)),
        }
    }
}

impl ClassCache {
    /// The classes alive that have this one in their MRO, oldest first.
    pub fn subclasses_alive(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .collect()
    }

    /// The current version.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Was the MRO found to have neither `__bool__` nor `__len__` at the current version?
    #[inline]
    pub fn plain_truth(&self) -> bool {
        self.plain_truth.get() == self.version()
    }

    /// The MRO has neither `__bool__` nor `__len__` (at the current version).
    pub fn set_plain_truth(&self) {
        self.plain_truth.set(self.version());
    }
}

impl Class {
    /// The class as a shared object, registered with every class of its MRO so that a change
    /// there retags it (every class is made through this). Built-in classes are left out: their
    /// namespaces change only while the built-in types are made, before any code runs (a
    /// program cannot set their attributes), and they outlive runs, whose classes they would
    /// otherwise keep (the allocations, through the weak references).
    pub fn into_rc(self) -> Rc<Class> {
        let cls = Rc::new(self);
        for base in cls.mro.iter().filter(|c| !c.builtin) {
            let mut subs = base.cache.subclasses.borrow_mut();
            // Forget classes that are gone before the list grows.
            if subs.len() == subs.capacity() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Rc::downgrade(&cls));
        }
        cls
    }

    /// Its namespace for a change: the class and every class that inherits from it get new
    /// version tags first, so no cache keeps what the lookup found before.
    pub fn dict_mut(&self) -> std::cell::RefMut<'_, NameMap> {
        self.cache.version.set(fresh_version());
        for sub in self.cache.subclasses.borrow().iter() {
            if let Some(sub) = sub.upgrade() {
                sub.cache.version.set(fresh_version());
            }
        }
        self.dict.borrow_mut()
    }

    /// What calling the class finds for `__new__` and `__init__` (`Class::lookup` of both),
    /// remembered under the version tag.
    pub fn ctor(&self) -> Ctor {
        let version = self.cache.version();
        if let Ok(c) = self.cache.ctor.try_borrow() {
            if c.0 == version {
                match &c.1 {
                    CtorSlot::Init(w) => {
                        if let Some(f) = w.upgrade() {
                            return Ctor::Init(f);
                        }
                    }
                    CtorSlot::BuiltinInit => return Ctor::BuiltinInit,
                    CtorSlot::Other => return Ctor::Other,
                }
            }
        }
        let (slot, found) = if matches!(self.lookup("__new__"), Some(Value::Func(_))) {
            (CtorSlot::Other, Ctor::Other)
        } else {
            match self.lookup("__init__") {
                Some(Value::Func(f)) => (CtorSlot::Init(Rc::downgrade(&f)), Ctor::Init(f)),
                Some(Value::Builtin(_)) => (CtorSlot::BuiltinInit, Ctor::BuiltinInit),
                _ => (CtorSlot::Other, Ctor::Other),
            }
        };
        if let Ok(mut c) = self.cache.ctor.try_borrow_mut() {
            *c = (version, slot);
        }
        found
    }

    /// Look `name` up along the MRO. The name is hashed once for every class on the way (the
    /// dicts share one stateless hasher, so the hash is the one each dict would compute).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        use indexmap::map::RawEntryApiV1;
        use std::hash::BuildHasher;
        let hash = FxBuildHasher.hash_one(name);
        let find = |c: &Class| {
            c.dict
                .borrow()
                .raw_entry_v1()
                .from_hash(hash, |k| &**k == name)
                .map(|(_, v)| v.clone())
        };
        if let Some(v) = find(self) {
            return Some(v);
        }
        self.mro.iter().find_map(|c| find(c))
    }

    pub fn is_subclass_of(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    pub fn is_exception(&self) -> bool {
        self.base_type == TypeId::BaseException
    }

    /// The name a traceback prints: qualname, prefixed by a module other than builtins/__main__.
    pub fn trace_name(&self) -> String {
        let q = self.qualname.borrow();
        let module = self.module_name();
        if &*module == "builtins" || &*module == "__main__" {
            q.to_string()
        } else {
            format!("{}.{}", module, q)
        }
    }

    /// Its `__module__`: what a class statement's namespace (or a later assignment) set,
    /// else the module it was made in.
    pub fn module_name(&self) -> Str {
        if !self.builtin {
            if let Some(Value::Str(m)) = self.dict.borrow().get("__module__") {
                return m.clone();
            }
        }
        self.module.clone()
    }
}

pub struct Instance {
    pub class: Rc<Class>,
    /// The attributes, until `__dict__` is asked for: then they move to `live` (and this
    /// stays empty), the dict object the program holds and changes.
    pub dict: RefCell<NameMap>,
    pub live: RefCell<Option<Rc<RefCell<Dict>>>>,
    /// The values of its `__slots__` (by the index of the class's layout; `Undef` while
    /// unset), or what a built-in object made as an instance keeps out of sight.
    pub slots: RefCell<Vec<Value>>,
    /// An exception's data (boxed: most instances are not exceptions, and a smaller
    /// instance is cheaper to make).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// Stable fake address: an instance resurrected for its `__del__` keeps its identity.
    pub addr: usize,
    /// Its `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
}

impl Instance {
    pub fn new(class: Rc<Class>, dict: NameMap, exc: Option<RefCell<ExcData>>) -> Instance {
        let mut slots = Vec::new();
        super::fill_undef(&mut slots, class.layout.slots.len());
        let size = class.cache.dict_size.get();
        let dict = if dict.is_empty() && size > 0 {
            NameMap::with_capacity_and_hasher(size, FxBuildHasher)
        } else {
            dict
        };
        Instance {
            class,
            dict: RefCell::new(dict),
            live: RefCell::new(None),
            slots: RefCell::new(slots),
            exc: exc.map(Box::new),
            addr: crate::heap::fresh_addr(),
            finalized: Cell::new(false),
        }
    }

    /// The key of attribute `name` in a `__dict__` object.
    fn name_key(name: &str) -> Key {
        let value = Value::str(name);
        Key {
            hash: py_hash(&value).unwrap_or_default(),
            value,
        }
    }

    /// Its own attribute `name` (from its dict).
    pub fn attr(&self, name: &str) -> Option<Value> {
        if let Some(d) = &*self.live.borrow() {
            return d.borrow().get(&Self::name_key(name)).cloned();
        }
        self.dict.borrow().get(name).cloned()
    }

    /// Set its own attribute; the old value is returned (for the caller to drop).
    pub fn set_attr(&self, name: &str, v: Value) -> Option<Value> {
        if let Some(d) = &*self.live.borrow() {
            return d.borrow_mut().insert(Self::name_key(name), v);
        }
        self.dict.borrow_mut().insert(Str::from(name), v)
    }

    /// Remove its own attribute.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        if let Some(d) = &*self.live.borrow() {
            return d.borrow_mut().remove(&Self::name_key(name));
        }
        self.dict.borrow_mut().shift_remove(name)
    }

    /// The names of its attributes (str keys of its dict), in order.
    pub fn attr_names(&self) -> Vec<String> {
        if let Some(d) = &*self.live.borrow() {
            return d
                .borrow()
                .map
                .keys()
                .filter_map(|k| match &k.value {
                    Value::Str(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect();
        }
        self.dict.borrow().keys().map(|k| k.to_string()).collect()
    }

    /// Its `__dict__`: the attributes move into a dict object that stays theirs.
    pub fn dict_object(&self) -> Rc<RefCell<Dict>> {
        if let Some(d) = &*self.live.borrow() {
            return d.clone();
        }
        let mut out = Dict::new();
        for (k, v) in std::mem::take(&mut *self.dict.borrow_mut()) {
            let value = Value::Str(k);
            let hash = py_hash(&value).unwrap_or_default();
            out.insert(Key { hash, value }, v);
        }
        let d = Rc::new(RefCell::new(out));
        *self.live.borrow_mut() = Some(d.clone());
        d
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let cache = &self.class.cache;
        let size = self.dict.get_mut().len();
        if size > cache.dict_size.get() {
            cache.dict_size.set(size.min(MAX_PRESIZE));
        }
        if !self.finalized.get()
            && !self.class.builtin
            && cache.no_del.get() != cache.version()
            && crate::generator::finalizers_enabled()
        {
            if let Some(Value::Func(del)) = self.class.lookup("__del__") {
                if del.code.del_idle.get().is_some_and(|idle| idle(self)) {
                    // A native check found nothing for it to do: released as without one.
                    return self.release_attrs();
                }
                // Resurrected for its finalizer, which runs right after the instruction that
                // dropped the last reference (as a dropped generator's does).
                crate::generator::queue_del(Instance {
                    class: self.class.clone(),
                    dict: RefCell::new(std::mem::take(self.dict.get_mut())),
                    live: RefCell::new(self.live.get_mut().take()),
                    slots: RefCell::new(std::mem::take(self.slots.get_mut())),
                    exc: self.exc.take(),
                    addr: self.addr,
                    finalized: Cell::new(true),
                });
                return;
            }
            cache.no_del.set(cache.version());
        }
        self.release_attrs();
    }
}

impl Instance {
    /// CPython clears an instance's slots, then its attributes first to last.
    fn release_attrs(&mut self) {
        let slots = self.slots.get_mut();
        if slots.iter().any(|v| !v.is_plain()) {
            crate::generator::release_in_order(slots.drain(..));
        }
        let dict = self.dict.get_mut();
        if dict.values().any(|v| !v.is_plain()) {
            crate::generator::release_in_order(dict.drain(..).map(|(_, v)| v));
        }
    }
}

/// A user class's own special method `name` on `v` (not the builtin one of `object`).
/// Does the built-in class of `i` define special method `name` itself (in Rust)?
pub fn native_special(i: &Instance, name: &str) -> bool {
    i.class.builtin && i.class.dict.borrow().contains_key(name)
}

pub fn user_special(v: &Value, name: &str) -> Option<Value> {
    match v {
        // A built-in method counts on a class the engine makes with its own special
        // methods (mappingproxy), not when a user class inherits one of object's.
        Value::Instance(i) => match i.class.lookup(name) {
            Some(Value::Builtin(_)) if !native_special(i, name) => None,
            None => None,
            Some(m) => Some(m),
        },
        _ => None,
    }
}
