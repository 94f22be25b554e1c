//! Runtime values: the `Value` enum and the heap objects it points to.
//!
//! Immutable objects are plain `Rc`s, mutable ones `Rc<RefCell<…>>`; identity is the `Rc`
//! pointer. Reference counting gives CPython's finalization timing for acyclic data.

mod class;
pub mod dict;
pub mod float;
mod hash;
pub mod int;
pub mod list;
mod namespace;
pub mod set;
pub mod thin;

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;
use num_bigint::BigInt;
use rustc_hash::FxBuildHasher;

use crate::compile::Code;
use crate::generator::Generator;
use crate::vm::Vm;
pub use class::{native_special, user_special, Class, Ctor, Instance, Layout, TypeId};
pub use dict::{Dict, DictIter, Key};
pub use hash::{hash_tuple_lanes, key_eq, needs_py_eq, py_hash};
pub use list::ListBuf;
pub use set::PySet;
pub use thin::{Items, Str, ThinRc};

/// Insertion-ordered string-keyed namespace (module globals, class and instance dicts).
pub type NameMap = IndexMap<Str, Value, FxBuildHasher>;
/// A module's namespace: a dict (`globals()` is this object), shared by its functions.
pub type Globals = Rc<RefCell<Dict>>;

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

/// Grow `buf` to `len` values with `Undef` (unbound locals, unset slots): pushed one by one,
/// which costs less than `resize`'s generic clone loop for the few slots a frame has.
#[inline]
pub fn fill_undef(buf: &mut Vec<Value>, len: usize) {
    if buf.len() < len {
        buf.reserve(len - buf.len());
        while buf.len() < len {
            buf.push(Value::Undef);
        }
    }
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
    Generator(GenFrame),
    Traceback(Rc<crate::compile::Code>),
}

/// A generator's frame object. As CPython's, it does not keep its generator alive (`f_gen`
/// is a borrowed reference), and when the generator finishes (or goes) while the frame
/// object lives on, the frame object takes the frame's last state: its locals, its line.
pub struct GenFrame {
    pub generator: std::rc::Weak<Generator>,
    pub code: Rc<Code>,
    /// The frame its generator left behind.
    pub finished: RefCell<Option<Box<crate::vm::Frame>>>,
    /// How the generator left it.
    pub retired: std::cell::Cell<Retired>,
}

/// How a generator gave up its frame to its frame object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Retired {
    /// It returned or raised (or has not given it up yet).
    Finished,
    /// close() of a just-created generator.
    ClosedCreated,
    /// The generator went while just created.
    DroppedCreated,
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

    /// A new list (tracked for the cyclic collector).
    pub fn list(v: Vec<Value>) -> Value {
        let l = Rc::new(RefCell::new(ListBuf::from(v)));
        crate::heap::track(|| crate::heap::Tracked::List(Rc::downgrade(&l)));
        Value::List(l)
    }

    /// A new dict (tracked for the cyclic collector).
    pub fn dict(d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        crate::heap::track(|| crate::heap::Tracked::Dict(Rc::downgrade(&d)));
        Value::Dict(d)
    }

    /// A new set (tracked for the cyclic collector).
    pub fn set(s: PySet) -> Value {
        let s = Rc::new(RefCell::new(s));
        crate::heap::track(|| crate::heap::Tracked::Set(Rc::downgrade(&s)));
        Value::Set(s)
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
            Value::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }
}
