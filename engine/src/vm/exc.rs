//! Built-in types and the exception hierarchy; creating, raising and describing exceptions.

use std::cell::RefCell;
use std::rc::Rc;

use yieldspec_trace::ExceptionInfo;

use super::exc_kind::ExcKind;
use super::Vm;
use crate::value::{
    Class, ExcData, Flow, Instance, Iter, Layout, NameMap, SeqKind, Str, ThinRc, TypeId, Value,
};

/// The built-in classes the engine needs by name.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub notimpl: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_fn: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    pub module: Rc<Class>,
    pub super_: Rc<Class>,
    pub code: Rc<Class>,
    pub frame: Rc<Class>,
    pub traceback: Rc<Class>,
    pub cell: Rc<Class>,
    pub iters: Vec<(&'static str, Rc<Class>)>,
    /// member_descriptor, getset_descriptor, mappingproxy.
    pub descr: crate::builtins::slots::DescrTypes,
    /// One class per [`ExcKind`], at its index.
    exceptions: Box<[Rc<Class>]>,
}

fn class(name: &str, base: Option<&Rc<Class>>, base_type: TypeId) -> Rc<Class> {
    class_in("builtins", name, base, base_type)
}

/// A built-in class of `module`.
fn class_in(module: &str, name: &str, base: Option<&Rc<Class>>, base_type: TypeId) -> Rc<Class> {
    let mut mro = Vec::new();
    if let Some(b) = base {
        mro.push(b.clone());
        mro.extend(b.mro.iter().cloned());
    }
    Class {
        name: Str::from(name),
        qualname: RefCell::new(Str::from(name)),
        module: Str::from(module),
        bases: base.into_iter().cloned().collect(),
        mro,
        dict: RefCell::new(NameMap::default()),
        base_type,
        builtin: true,
        attr_hooks: false,
        // Built-in exceptions have a __dict__ (and no weak reference slot).
        layout: Layout {
            dict: base_type == TypeId::BaseException,
            // The built-in value of a subclass's instance (see `TypeId::has_payload`).
            slots: if base_type.has_payload() {
                vec![Str::from("")]
            } else {
                Vec::new()
            },
            ..Layout::default()
        },
        cache: Default::default(),
        meta: None,
    }
    .into_rc()
}

const ITER_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "dict_keys",
    "dict_values",
    "dict_items",
    "callable_iterator",
    "reversed",
    "weakref",
    "weakproxy",
    "coroutine",
    "async_generator",
    "coroutine_wrapper",
    "async_generator_asend",
    "async_generator_athrow",
    "anext_awaitable",
];

/// Built-in types of modules other than builtins (module, name), kept with `ITER_TYPES`.
const MODULE_TYPES: &[(&str, &str)] = &[
    ("itertools", "_tee"),
    ("weakref", "ReferenceType"),
    ("weakref", "ProxyType"),
];

impl Types {
    pub fn new() -> Types {
        let object = class("object", None, TypeId::Object);
        let o = Some(&object);
        let int = class("int", o, TypeId::Int);
        let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let base = kind.base().map(|b| exceptions[b.index()].clone());
            let base = base.as_ref().unwrap_or(&object);
            exceptions.push(class(kind.name(), Some(base), TypeId::BaseException));
        }
        let mut iters: Vec<(&'static str, Rc<Class>)> = ITER_TYPES
            .iter()
            .map(|n| (*n, class(n, o, TypeId::Iterator)))
            .collect();
        for (module, name) in MODULE_TYPES {
            iters.push((*name, class_in(module, name, o, TypeId::Iterator)));
        }
        Types {
            type_: class("type", o, TypeId::Type),
            none: class("NoneType", o, TypeId::NoneType),
            ellipsis: class("ellipsis", o, TypeId::Ellipsis),
            notimpl: class("NotImplementedType", o, TypeId::NotImplemented),
            bool_: class("bool", Some(&int), TypeId::Bool),
            float: class("float", o, TypeId::Float),
            str_: class("str", o, TypeId::Str),
            bytes: class("bytes", o, TypeId::Bytes),
            tuple: class("tuple", o, TypeId::Tuple),
            list: class("list", o, TypeId::List),
            dict: class("dict", o, TypeId::Dict),
            set: class("set", o, TypeId::Set),
            frozenset: class("frozenset", o, TypeId::FrozenSet),
            range: class("range", o, TypeId::Range),
            slice: class("slice", o, TypeId::Slice),
            function: class("function", o, TypeId::Function),
            builtin_fn: class("builtin_function_or_method", o, TypeId::BuiltinFunction),
            method: class("method", o, TypeId::Method),
            generator: class("generator", o, TypeId::Generator),
            module: class("module", o, TypeId::Module),
            super_: class("super", o, TypeId::Super),
            code: class("code", o, TypeId::Code),
            frame: class("frame", o, TypeId::Frame),
            traceback: class("traceback", o, TypeId::Traceback),
            cell: class("cell", o, TypeId::Cell),
            int,
            iters,
            descr: crate::builtins::slots::DescrTypes::new(&object),
            exceptions: exceptions.into_boxed_slice(),
            object,
        }
    }

    pub fn iter_type(&self, name: &str) -> Rc<Class> {
        self.iters
            .iter()
            // The names are literals: usually the very same one (no string compare).
            .find(|(n, _)| std::ptr::eq(*n, name) || *n == name)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| self.object.clone())
    }

    /// The class of a built-in exception type.
    #[inline]
    pub fn exc(&self, kind: ExcKind) -> &Rc<Class> {
        &self.exceptions[kind.index()]
    }

    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Undef | Value::None => self.none.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
            Value::NotImplemented => self.notimpl.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::Big(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::Bytes(_) => self.bytes.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Func(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_fn.clone(),
            Value::Method(_) => self.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| self.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Generator(g) if g.kind().is_generator() => self.generator.clone(),
            Value::Generator(g) => self.iter_type(g.kind().type_name()),
            Value::Awaitable(a) => self.iter_type(a.type_name()),
            Value::Iter(it) => self.iter_type(iter_type_name(&it.borrow())),
            Value::DictView(d) => self.iter_type(match d.kind {
                crate::value::ViewKind::Keys => "dict_keys",
                crate::value::ViewKind::Values => "dict_values",
                crate::value::ViewKind::Items => "dict_items",
            }),
            Value::Module(_) => self.module.clone(),
            Value::Super(_) => self.super_.clone(),
            Value::Code(_) => self.code.clone(),
            Value::Frame(_) => self.frame.clone(),
            Value::Traceback(_) => self.traceback.clone(),
            Value::Cell(_) => self.cell.clone(),
            Value::WeakRef(w) => self.iter_type(w.class_name),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

pub fn iter_type_name(it: &Iter) -> &'static str {
    match it {
        Iter::Seq { kind, .. } | Iter::Exhausted(kind) => seq_iter_name(*kind),
        Iter::Range { .. } => "range_iterator",
        Iter::Dict(di) => match (di.kind, di.reverse) {
            (crate::value::ViewKind::Keys, false) => "dict_keyiterator",
            (crate::value::ViewKind::Values, false) => "dict_valueiterator",
            (crate::value::ViewKind::Items, false) => "dict_itemiterator",
            (crate::value::ViewKind::Keys, true) => "dict_reversekeyiterator",
            (crate::value::ViewKind::Values, true) => "dict_reversevalueiterator",
            (crate::value::ViewKind::Items, true) => "dict_reverseitemiterator",
        },
        Iter::Set { .. } => "set_iterator",
        Iter::Enumerate { .. } => "enumerate",
        Iter::Zip { .. } => "zip",
        Iter::Map { .. } => "map",
        Iter::Filter { .. } => "filter",
        Iter::GetItem { .. } => "iterator",
        Iter::Callable { .. } => "callable_iterator",
        Iter::Reversed { .. } => "reversed",
        Iter::Tee { .. } => "_tee",
    }
}

fn seq_iter_name(k: SeqKind) -> &'static str {
    match k {
        SeqKind::List => "list_iterator",
        SeqKind::ListRev => "list_reverseiterator",
        SeqKind::Tuple => "tuple_iterator",
        SeqKind::Str => "str_iterator",
        SeqKind::StrAscii => "str_ascii_iterator",
        SeqKind::Bytes => "bytes_iterator",
        SeqKind::Other => "iterator",
    }
}

impl Vm {
    /// A new exception instance of `cls` with `args` (no Python `__init__` runs).
    pub fn new_exception(&self, cls: &Rc<Class>, args: Vec<Value>) -> Value {
        let stop = cls.is_subclass_of(self.types.exc(ExcKind::StopIteration));
        let value = if stop {
            Some(args.first().cloned().unwrap_or(Value::None))
        } else {
            None
        };
        let exc = Rc::new(Instance::new(
            cls.clone(),
            NameMap::default(),
            Some(RefCell::new(ExcData {
                args: Some(ThinRc::from(args)),
                value,
                os: cls
                    .is_subclass_of(self.types.exc(ExcKind::OSError))
                    .then(Default::default),
                ..Default::default()
            })),
        ));
        // An exception is often in a cycle: its traceback keeps the frame that holds it.
        self.heap
            .track(crate::heap::Tracked::Instance(Rc::downgrade(&exc)));
        Value::Instance(exc)
    }

    /// `cls(*args)` for an OSError class (CPython's `OSError_new`): OSError itself with an int
    /// errno becomes the subclass for that errno; the arguments set errno, strerror and the
    /// file names here unless the class has its own `__init__` (its call of `OSError.__init__`
    /// sets them then).
    pub fn new_os_error(
        &mut self,
        cls: &Rc<Class>,
        mut args: Vec<Value>,
        user_init: bool,
    ) -> crate::value::PyResult<Value> {
        let mut cls = cls.clone();
        if Rc::ptr_eq(&cls, self.types.exc(ExcKind::OSError)) && (2..=5).contains(&args.len()) {
            let errno = match &args[0] {
                Value::Int(i) => Some(*i),
                Value::Bool(b) => Some(i64::from(b.get())),
                _ => None,
            };
            if let Some(k) = errno.and_then(ExcKind::for_errno) {
                cls = self.types.exc(k).clone();
            }
        }
        let fields = if user_init {
            // OSError_new leaves the arguments to that __init__: `args` is empty until then.
            args.clear();
            crate::value::OsFields::default()
        } else {
            self.os_fields(&cls, &mut args)?
        };
        let e = self.new_exception(&cls, args);
        if let Some(d) = e.exc() {
            d.borrow_mut().os = Some(Box::new(fields));
        }
        Ok(e)
    }

    /// The OSError members the arguments give (see [`crate::value::OsFields::parse`]).
    pub fn os_fields(
        &mut self,
        cls: &Rc<Class>,
        args: &mut Vec<Value>,
    ) -> crate::value::PyResult<crate::value::OsFields> {
        let blocking = cls.is_subclass_of(self.types.exc(ExcKind::BlockingIOError));
        if blocking && (3..=5).contains(&args.len()) && !args[2].is_none() {
            // Its third argument, when a number, is characters_written.
            return self.unsupported("BlockingIOError with a third argument");
        }
        Ok(crate::value::OsFields::parse(args))
    }

    /// Create and "raise" a built-in exception with a message (context is chained).
    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> Flow {
        let e = self.new_exception(self.types.exc(kind), vec![Value::str(&msg.into())]);
        self.set_context(&e);
        Flow::Exc(e)
    }

    pub fn err_args(&self, kind: ExcKind, args: Vec<Value>) -> Flow {
        let e = self.new_exception(self.types.exc(kind), args);
        self.set_context(&e);
        Flow::Exc(e)
    }

    /// The TypeError for a special method (`__bool__`, `__iter__`, `__repr__`, …) of `obj`'s
    /// class that returned a value of the wrong type. 3.15 words them all one way
    /// (`C.__bool__() must return a bool, not int`); before, each had its own message.
    pub fn bad_special_return(
        &self,
        obj: &Value,
        method: &str,
        returns: Returns,
        got: &Value,
    ) -> Flow {
        let name = self.type_name(got);
        let legacy = match returns {
            Returns::Bool => format!("{method} should return bool, returned {name}"),
            Returns::Iterator => format!("iter() returned non-iterator of type '{name}'"),
            Returns::AsyncIterator => {
                format!("aiter() returned not an async iterator of type '{name}'")
            }
            Returns::Str => format!("{method} returned non-string (type {name})"),
            Returns::Int => format!("{method} returned non-int (type {name})"),
            Returns::Float => format!("{method} returned non-float (type {name})"),
        };
        self.wrong_return(obj, method, returns, got, legacy)
    }

    /// As [`Vm::bad_special_return`], with the message versions before 3.15 give (`legacy`).
    pub fn wrong_return(
        &self,
        obj: &Value,
        method: &str,
        returns: Returns,
        got: &Value,
        legacy: String,
    ) -> Flow {
        if !self.rules.special_return_must_return {
            return self.type_error(legacy);
        }
        let what = match returns {
            Returns::Bool => "a bool",
            Returns::Iterator => "an iterator",
            Returns::AsyncIterator => "an async iterator",
            Returns::Str => "a str",
            Returns::Int => "an int",
            Returns::Float => "a float",
        };
        let owner = self.class_of(obj).trace_name();
        let got = self.type_name(got);
        self.type_error(format!("{owner}.{method}() must return {what}, not {got}"))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> Flow {
        self.err(ExcKind::ValueError, msg)
    }

    pub fn name_error(&self, name: &str) -> Flow {
        self.err(ExcKind::NameError, format!("name '{name}' is not defined"))
    }

    /// A name a load did not find: one of CPython's builtins that the engine lacks is
    /// unsupported, and so is `__annotations__` (CPython's module and class bodies with
    /// annotated names have it; the engine keeps none); anything else a NameError.
    pub fn missing_name(&self, name: &str) -> Flow {
        if self.cpython().builtins.contains(name) {
            return Vm::unsupported_flow(&format!("builtin {name}"));
        }
        if name == "__annotations__" {
            return Vm::unsupported_flow("__annotations__ of a module or class body");
        }
        self.name_error(name)
    }

    /// A name a load did not find in globals or the builtins namespace: one of the builtins
    /// the engine writes in Python, or the error of [`Vm::missing_name`].
    pub fn fallback_builtin(&mut self, name: &str) -> crate::value::PyResult<Value> {
        let group = matches!(name, "BaseExceptionGroup" | "ExceptionGroup");
        if crate::builtins::PY_BUILTINS.contains(&name) && (!group || self.rules.exception_groups) {
            return crate::builtins::py_builtin(self, name);
        }
        Err(self.missing_name(name))
    }

    pub fn unbound_local(&self, name: Option<Str>) -> Flow {
        let n = name.as_deref().unwrap_or("?").to_string();
        if !self.rules.unbound_local_new_message {
            return self.err(
                ExcKind::UnboundLocalError,
                format!("local variable '{n}' referenced before assignment"),
            );
        }
        self.err(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    pub fn key_error(&self, key: Value) -> Flow {
        self.err_args(ExcKind::KeyError, vec![key])
    }

    /// StopIteration carrying `value` (None → no args), as raised by C code.
    pub fn stop_iteration(&self, value: Value) -> Flow {
        if value.is_none() {
            self.err_args(ExcKind::StopIteration, vec![])
        } else {
            self.err_args(ExcKind::StopIteration, vec![value])
        }
    }

    /// The type's name as CPython's messages show it (`tp_name`): a built-in type of a module
    /// other than builtins carries the module's name (`itertools._tee`).
    pub fn type_name(&self, v: &Value) -> String {
        let c = self.class_of(v);
        if (c.builtin && &*c.module != "builtins") || self.c_types.iter().any(|k| Rc::ptr_eq(k, &c))
        {
            format!("{}.{}", c.module, c.name)
        } else {
            c.name.to_string()
        }
    }

    pub fn is_instance_of(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.class_of(v).is_subclass_of(cls)
    }

    pub fn is_exc_instance(&self, v: &Value, kind: ExcKind) -> bool {
        match v {
            Value::Instance(i) if i.exc.is_some() => i.class.is_subclass_of(self.types.exc(kind)),
            _ => false,
        }
    }

    /// The value a StopIteration carries (None when it has none).
    pub fn stop_value(&self, e: &Value) -> Value {
        e.exc()
            .and_then(|d| d.borrow().value.clone())
            .unwrap_or(Value::None)
    }

    /// Does exception `e` match `spec` (a class or a tuple of classes)?
    pub fn exc_matches(&self, e: &Value, spec: &Value) -> Result<bool, Flow> {
        match spec {
            Value::Class(c) if c.is_exception() => Ok(self.is_instance_of(e, c)),
            Value::Tuple(t) => {
                for s in t.iter() {
                    if self.exc_matches(e, s)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The observable parts of an exception, for the trace.
    pub fn exception_info(&mut self, e: &Value) -> ExceptionInfo {
        let cls = self.class_of(e);
        let repr = self.safe_repr(e);
        let (value, cause, context, suppress) = match e.exc() {
            Some(d) => {
                let d = d.borrow();
                (
                    d.value.clone(),
                    d.cause.clone(),
                    d.context.clone(),
                    d.suppress_context,
                )
            }
            None => (None, None, None, false),
        };
        let value = if self.is_exc_instance(e, ExcKind::StopIteration) {
            Some(self.safe_repr(&value.unwrap_or(Value::None)))
        } else {
            None
        };
        ExceptionInfo {
            type_name: cls.trace_name(),
            repr,
            value,
            cause: cause.map(|c| self.class_of(&c).trace_name()),
            context: context.map(|c| self.class_of(&c).trace_name()),
            suppress_context: suppress,
        }
    }

    pub fn safe_repr(&mut self, v: &Value) -> String {
        match self.repr(v) {
            Ok(s) => s,
            Err(Flow::Exc(e)) => format!("<repr failed: {}>", self.class_of(&e).trace_name()),
            Err(_) => "<repr failed>".into(),
        }
    }

    /// `exc.args` as a tuple.
    pub fn exc_args(&self, e: &Value) -> ThinRc<Value> {
        e.exc()
            .and_then(|d| d.borrow().args.clone())
            .unwrap_or_else(|| ThinRc::from(Vec::new()))
    }

    /// Make an exception instance from what `raise X` got (a class or an instance).
    pub fn make_raisable(&mut self, v: Value) -> Result<Value, Flow> {
        match &v {
            Value::Class(c) if c.is_exception() => {
                let e = self.call(&v, crate::value::Args::default())?;
                if e.exc().is_none() {
                    let r = self.repr(&v)?;
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        r,
                        self.type_name(&e)
                    )));
                }
                Ok(e)
            }
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }
}

/// The type a special method must return (for [`Vm::bad_special_return`]).
#[derive(Clone, Copy)]
pub enum Returns {
    Bool,
    Iterator,
    AsyncIterator,
    Str,
    Int,
    Float,
}
