//! Runtime values: the `Value` enum and the heap objects it points to.
//!
//! Immutable objects are plain `Rc`s, mutable ones `Rc<RefCell<…>>`; identity is the `Rc`
//! pointer. Reference counting gives CPython's finalization timing for acyclic data.

pub mod dict;
pub mod float;
pub mod int;
pub mod list;
pub mod set;
pub mod thin;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;
use rustc_hash::FxBuildHasher;

use crate::compile::Code;
use crate::generator::Generator;
use crate::vm::Vm;
pub use dict::{Dict, DictIter, Key};
pub use list::ListBuf;
pub use set::PySet;
pub use thin::{Items, Str, ThinRc};

/// Insertion-ordered string-keyed namespace (module globals, class and instance dicts).
pub type NameMap = IndexMap<Str, Value, FxBuildHasher>;
/// A shared namespace.
pub type Globals = Rc<RefCell<NameMap>>;

/// The error side of every fallible engine operation.
pub enum Flow {
    /// A Python exception (an exception instance).
    Exc(Value),
    /// Something that ends the run: fuel exhausted or a construct not modelled.
    Fatal(Box<Fatal>),
}

pub enum Fatal {
    /// The fuel ran out.
    Timeout,
    /// The wall-clock budget ran out, or the run was interrupted.
    Deadline,
    /// The case holds more memory than its budget, or asked for more at once.
    Memory,
    Unsupported {
        what: String,
        line: u32,
        column: u32,
    },
}

pub type PyResult<T> = Result<T, Flow>;

/// Positional and keyword arguments of a call.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Str, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Self {
        Args {
            pos,
            kw: Vec::new(),
        }
    }
}

/// Every payload is at most one word (strings, bytes and tuples are thin pointers), so a
/// value is two words: the value stack moves 16 bytes per push and pop.
#[derive(Clone, Default)]
pub enum Value {
    /// An unbound local slot; never visible to Python code.
    #[default]
    Undef,
    None,
    Ellipsis,
    NotImplemented,
    Bool(Truth),
    Int(i64),
    Float(F64),
    /// Invariant: does not fit in an i64.
    Big(Rc<BigInt>),
    Str(Str),
    Bytes(ThinRc<u8>),
    Tuple(ThinRc<Value>),
    List(Rc<RefCell<ListBuf>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<PySet>>),
    FrozenSet(Rc<PySet>),
    Range(Rc<RangeObj>),
    Slice(Rc<[Value; 3]>),
    Func(Rc<Function>),
    Builtin(Rc<BuiltinFn>),
    Method(Rc<Method>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Generator(Rc<Generator>),
    /// The awaitables of coroutines and async generators (coroutine_wrapper, asend, athrow,
    /// anext_awaitable).
    Awaitable(Rc<crate::generator::Awaitable>),
    Iter(Rc<RefCell<Iter>>),
    DictView(Rc<DictView>),
    Module(Rc<Module>),
    Super(Rc<Super>),
    Code(Rc<Code>),
    Frame(Rc<FrameInfo>),
    Traceback(Rc<Traceback>),
    Cell(Rc<RefCell<Value>>),
    WeakRef(Rc<WeakRef>),
}

/// A `weakref.ref` or `weakref.proxy` object.
pub struct WeakRef {
    pub target: crate::builtins::weakref::WeakTarget,
    pub kind: WeakKind,
    /// Its type's name in the built-in types (depends on the target version).
    pub class_name: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum WeakKind {
    Ref,
    Proxy,
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Items for Value {
    /// A tuple: CPython's deallocator releases its items from the last to the first.
    unsafe fn release(data: *mut Value, len: usize) {
        // SAFETY: each index is read once, and `release_in_order` consumes the iterator
        // (dropping or keeping every value it yields), so every item is dropped exactly once.
        crate::generator::release_in_order((0..len).rev().map(|i| unsafe { data.add(i).read() }));
    }
}

/// The payload of `Value::Bool`. Every payload of `Value` is one integer or pointer word at
/// the same place, which lets the compiler keep a value in two registers (a scalar pair)
/// instead of in memory: a `bool` payload would sit next to the tag and a `f64` in a float
/// register, and either one makes every value an in-memory aggregate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Truth(u64);

impl Truth {
    pub const TRUE: Truth = Truth(1);
    pub const FALSE: Truth = Truth(0);

    #[inline]
    pub fn of(b: bool) -> Truth {
        Truth(u64::from(b))
    }

    #[inline]
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

/// The payload of `Value::Float`: the bits of the `f64`, kept as an integer word (see
/// [`Truth`]).
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline]
    pub fn new(x: f64) -> F64 {
        F64(x.to_bits())
    }

    #[inline]
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
}

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Globals,
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Str, Value)>,
    pub closure: Vec<Rc<RefCell<Value>>>,
    pub dict: RefCell<NameMap>,
}

impl Function {
    /// The same function running another code object.
    pub fn with_code(&self, code: Rc<Code>) -> Function {
        Function {
            code,
            globals: self.globals.clone(),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            defaults: self.defaults.clone(),
            kwdefaults: self.kwdefaults.clone(),
            closure: self.closure.clone(),
            dict: RefCell::new(self.dict.borrow().clone()),
        }
    }
}

pub type BuiltinFnPtr = fn(&mut Vm, Args) -> PyResult<Value>;
pub type MethodFnPtr = fn(&mut Vm, &Value, Args) -> PyResult<Value>;

#[derive(Clone, Copy)]
pub enum BuiltinKind {
    Func(BuiltinFnPtr),
    Method(MethodFnPtr),
}

/// A function implemented in Rust, possibly bound to a receiver (`[].append`).
pub struct BuiltinFn {
    pub name: &'static str,
    pub recv: Option<Value>,
    pub kind: BuiltinKind,
}

/// A Python function bound to an instance.
pub struct Method {
    pub self_: Value,
    pub func: Value,
}

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
        }
    }
}

impl ClassCache {
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
    pub exc: Option<RefCell<ExcData>>,
    /// Stable fake address: an instance resurrected for its `__del__` keeps its identity.
    pub addr: usize,
    /// Its `__del__` has run (it runs at most once, PEP 442).
    pub finalized: Cell<bool>,
}

impl Instance {
    pub fn new(class: Rc<Class>, dict: NameMap, exc: Option<RefCell<ExcData>>) -> Instance {
        let slots = vec![Value::Undef; class.layout.slots.len()];
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
            exc,
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

#[derive(Default)]
pub struct ExcData {
    pub args: Option<ThinRc<Value>>,
    pub context: Option<Value>,
    /// `__cause__`: None when unset.
    pub cause: Option<Value>,
    pub suppress_context: bool,
    pub traceback: Option<Rc<Traceback>>,
    /// CPython <= 3.11 keeps a propagating exception's traceback in the thread state and stores
    /// it on the exception (`__traceback__`) only when a handler catches it: this is that stored
    /// one, `traceback` the one the raise carries. They differ only while the exception
    /// propagates (see `Vm::drop_pending_traceback`).
    pub caught_tb: Option<Rc<Traceback>>,
    /// StopIteration's `value`.
    pub value: Option<Value>,
    /// A BaseExceptionGroup's `message` and `exceptions` (a tuple), set by its `__new__`.
    pub group: Option<Box<(Value, Value)>>,
    /// An OSError's `errno`, `strerror`, `filename`, `filename2` (None for other exceptions).
    pub os: Option<Box<OsFields>>,
}

/// The members of an OSError: each unset (CPython's NULL, read as None) or a value.
#[derive(Default, Clone)]
pub struct OsFields {
    pub errno: Option<Value>,
    pub strerror: Option<Value>,
    pub filename: Option<Value>,
    pub filename2: Option<Value>,
}

impl OsFields {
    /// CPython's `oserror_parse_args` + `oserror_init` over the constructor's arguments: two to
    /// five arguments are errno, strerror, filename, winerror, filename2; a filename (not None)
    /// drops all but the first two from `args`.
    pub fn parse(args: &mut Vec<Value>) -> OsFields {
        let mut f = OsFields::default();
        if !(2..=5).contains(&args.len()) {
            return f;
        }
        f.errno = Some(args[0].clone());
        f.strerror = Some(args[1].clone());
        if let Some(name) = args.get(2).filter(|v| !v.is_none()) {
            f.filename = Some(name.clone());
            f.filename2 = args.get(4).filter(|v| !v.is_none()).cloned();
            args.truncate(2);
        }
        f
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let v = match name {
            "errno" => &self.errno,
            "strerror" => &self.strerror,
            "filename" => &self.filename,
            "filename2" => &self.filename2,
            _ => return None,
        };
        Some(v.clone().unwrap_or(Value::None))
    }

    pub fn set(&mut self, name: &str, v: Value) {
        let slot = match name {
            "errno" => &mut self.errno,
            "strerror" => &mut self.strerror,
            "filename" => &mut self.filename,
            _ => &mut self.filename2,
        };
        *slot = Some(v);
    }
}

pub struct Traceback {
    pub lineno: u32,
    pub next: Option<Rc<Traceback>>,
    /// What the frame held when the exception left it: kept alive as long as the traceback,
    /// as CPython's traceback keeps the frame alive.
    pub keep: RefCell<Vec<Value>>,
    pub frame_id: u64,
    /// The code of the frame the exception passed through (`tb_frame.f_code`).
    pub code: Rc<crate::compile::Code>,
}

impl Drop for Traceback {
    fn drop(&mut self) {
        // CPython's tb_dealloc releases tb_next (the frames the exception passed through
        // further in) before tb_frame, which then clears its values.
        let next = self.next.take().map(Value::Traceback);
        crate::generator::release_kept_locals(next, std::mem::take(self.keep.get_mut()));
    }
}

pub struct Module {
    pub name: Str,
    /// The module's namespace: the one its functions keep as their globals.
    pub dict: Globals,
}

pub struct Super {
    pub class: Rc<Class>,
    pub obj: Value,
}

/// Minimal frame object: a generator's (`gi_frame`), or the frame a traceback entry names
/// (`tb_frame`), of which the engine keeps only the code.
pub enum FrameInfo {
    Generator(Rc<Generator>),
    Traceback(Rc<crate::compile::Code>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<RefCell<Dict>>,
    pub kind: ViewKind,
}

/// Built-in iterator objects.
pub enum Iter {
    Seq {
        kind: SeqKind,
        seq: Value,
        idx: usize,
        /// CPython 3.15's "virtual iterator" of `yield from` over an exact list, tuple, str or
        /// bytes: no iterator object exists, so `gi_yieldfrom` and the `send` lookup see the
        /// sequence itself.
        virtual_seq: bool,
    },
    Range {
        next: i64,
        step: i64,
        left: i64,
    },
    Dict(dict::DictIter),
    Set {
        items: Vec<Value>,
        idx: usize,
        /// A mutable set and its size when iteration began (usize::MAX once it changed,
        /// so that the error repeats, as setiter_iternext's).
        live: Option<(Rc<RefCell<PySet>>, usize)>,
    },
    Enumerate {
        it: Value,
        n: i64,
    },
    Zip {
        its: Vec<Value>,
        /// `zip(..., strict=True)` (3.10+): unequal lengths are a ValueError.
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// Iterator over an object with `__getitem__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `reversed(seq)` over `__len__`/`__getitem__`.
    Reversed {
        obj: Value,
        idx: i64,
    },
    /// An `itertools.tee` iterator: its place in the shared buffer.
    Tee {
        data: Rc<RefCell<crate::builtins::itertools::TeeData>>,
        index: usize,
    },
    Exhausted(SeqKind),
}

impl Iter {
    /// What Python code sees of an iterator on a `yield from`'s stack slot: the iterator, or
    /// for a virtual one (3.15) its sequence.
    pub fn shown(v: &Value) -> Value {
        if let Value::Iter(i) = v {
            if let Iter::Seq {
                seq,
                virtual_seq: true,
                ..
            } = &*i.borrow()
            {
                return seq.clone();
            }
        }
        v.clone()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SeqKind {
    List,
    ListRev,
    Tuple,
    Str,
    StrAscii,
    Bytes,
    Other,
}

impl Value {
    /// A Python bool.
    #[inline]
    pub fn bool(b: bool) -> Value {
        Value::Bool(Truth::of(b))
    }

    /// A Python float.
    #[inline]
    pub fn float(x: f64) -> Value {
        Value::Float(F64::new(x))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Str::from(s))
    }

    pub fn tuple(v: Vec<Value>) -> Value {
        Value::Tuple(ThinRc::from(v))
    }

    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(ListBuf::from(v))))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Does the value own no heap object (so copying its bits is a clone and forgetting it
    /// is a drop)?
    #[inline(always)]
    pub fn is_plain(&self) -> bool {
        matches!(
            self,
            Value::Undef
                | Value::None
                | Value::Ellipsis
                | Value::NotImplemented
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    /// `clone`, with plain values copied inline (no call into the clone glue, whose jump
    /// table every value in the program shares).
    #[inline(always)]
    pub fn clone_fast(&self) -> Value {
        match *self {
            Value::Int(i) => Value::Int(i),
            Value::Bool(b) => Value::Bool(b),
            Value::None => Value::None,
            Value::Float(x) => Value::Float(x),
            _ => self.clone(),
        }
    }

    /// `drop`, with plain values released inline (no call into the drop glue).
    #[inline(always)]
    pub fn release(self) {
        if self.is_plain() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Undef, Undef) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b && (-5..=256).contains(a),
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.addr(), other.addr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// A stable address for heap objects (used by `is`, `id` and reprs with `at 0x…`).
    pub fn addr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            Big(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => thin::Str::as_ptr(r) as usize,
            Bytes(r) => ThinRc::as_ptr(r) as usize,
            Tuple(r) => ThinRc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Func(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => r.addr,
            Generator(r) => r.addr,
            Awaitable(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Frame(r) => Rc::as_ptr(r) as *const u8 as usize,
            Traceback(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            WeakRef(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// The exception data of an exception instance.
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        match self {
            Value::Instance(i) => i.exc.as_ref(),
            _ => None,
        }
    }
}

/// CPython's hash of a 64-bit int (modulo 2**61 - 1).
pub fn hash_i64(i: i64) -> i64 {
    const M: i128 = (1i128 << 61) - 1;
    let v = i as i128;
    let mut h = (v.abs() % M) as i64;
    if v < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let m = BigInt::from((1i64 << 61) - 1);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm for non-integral floats.
    const BITS: u32 = 61;
    const M: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & M) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

fn hash_str(s: &str) -> i64 {
    // FNV-1a: deterministic (CPython randomises str hashes; cases do not print str sets).
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// One element's step of CPython's tuple hash (xxHash-based, 3.8+).
fn tuple_hash_step(acc: u64, lane: i64) -> u64 {
    let acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
    acc.rotate_left(31).wrapping_mul(XXPRIME_1)
}

fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's tuple hash.
fn hash_tuple(items: &[Value]) -> Option<i64> {
    let mut acc = XXPRIME_5;
    for it in items {
        acc = tuple_hash_step(acc, py_hash(it)?);
    }
    Some(tuple_hash_finish(acc, items.len()))
}

/// CPython's tuple hash of elements with these hashes.
pub fn hash_tuple_lanes(lanes: &[i64]) -> i64 {
    let acc = lanes
        .iter()
        .fold(XXPRIME_5, |acc, &l| tuple_hash_step(acc, l));
    tuple_hash_finish(acc, lanes.len())
}

/// Python's `hash()` for values whose hash needs no Python code; None if unhashable.
pub fn py_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Bool(b) => i64::from(b.get()),
        Value::Int(i) => hash_i64(*i),
        Value::Big(b) => hash_big(b),
        Value::Float(f) => hash_f64(f.get()),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => hash_str(&String::from_utf8_lossy(b)),
        Value::Tuple(t) => return hash_tuple(t),
        Value::FrozenSet(s) => {
            let mut h: u64 = 0;
            for (eh, _) in s.entries() {
                let x = eh as u64;
                h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
            }
            h as i64
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::DictView(_) => {
            return None
        }
        Value::Undef => 0,
        Value::None => 0xFCA86420 >> 4,
        // A bound method: its receiver's identity and its function's hash (equal methods
        // hash alike, see `key_eq`).
        Value::Method(m) => {
            let a = m.self_.addr().unwrap_or(0);
            (a >> 4 | a << 60) as i64 ^ py_hash(&m.func)?
        }
        other => {
            let a = other.addr().unwrap_or(0);
            (a >> 4 | a << 60) as i64
        }
    })
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

/// Does comparing the key `v` with another run Python code (a user `__eq__`, also inside a
/// tuple)? Then dicts and sets compare it through the VM (`Vm::dict_key`).
pub fn needs_py_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) if i.class.base_type.has_payload() => true,
        Value::Instance(_) => {
            matches!(user_special(v, "__eq__"), Some(m) if !matches!(m, Value::None))
        }
        Value::Tuple(t) => t.iter().any(needs_py_eq),
        _ => false,
    }
}

/// Equality of values usable as dict keys / set elements (no Python code runs).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => thin::Str::ptr_eq(x, y) || x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == i64::from(y.get()),
        (Float(x), Float(y)) => x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == y.get() && y.get().fract() == 0.0,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (i64::from(x.get()) as f64) == y.get(),
        (Big(x), Big(y)) => x == y,
        (Big(x), Float(y)) | (Float(y), Big(x)) => {
            use num_traits::ToPrimitive;
            x.to_f64() == Some(y.get()) && y.get().fract() == 0.0
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| p.is(q) || key_eq(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|e| y.contains(&e)),
        // Bound methods are equal when bound to the same object (identity, as CPython 3.8+)
        // with equal functions: `obj.m == obj.m`, though each access makes a new method.
        (Method(x), Method(y)) => {
            x.self_.is(&y.self_) && (x.func.is(&y.func) || key_eq(&x.func, &y.func))
        }
        _ => a.is(b),
    }
}
