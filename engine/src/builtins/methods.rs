//! Methods of built-in types (str, list, dict, tuple, set, generator, iterators, …),
//! found by receiver kind and name.

use std::cell::RefCell;
use std::rc::Rc;

use crate::compile::BinOp;
use crate::value::ListBuf;
use crate::value::{Args, Dict, DictView, Iter, MethodFnPtr, PyResult, PySet, Value, ViewKind};
use crate::vm::ExcKind;
use crate::vm::Vm;

pub(super) fn a0(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

pub(super) fn a1(a: &Args) -> Option<Value> {
    a.pos.get(1).cloned()
}

pub(crate) fn exactly(vm: &Vm, name: &str, a: &Args, n: usize) -> PyResult<()> {
    if a.pos.len() == n {
        return Ok(());
    }
    let name = if !vm.rules.qualified_method_names {
        name.rsplit('.').next().unwrap_or(name)
    } else {
        name
    };
    if a.pos.len() != n {
        return Err(match n {
            0 => vm.type_error(format!(
                "{name}() takes no arguments ({} given)",
                a.pos.len()
            )),
            1 => vm.type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                a.pos.len()
            )),
            _ => vm.type_error(format!(
                "{name} expected {n} arguments, got {}",
                a.pos.len()
            )),
        });
    }
    Ok(())
}

pub(super) fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

pub(super) fn new_str(x: String) -> Value {
    Value::str(&x)
}

fn list_of(v: &Value) -> Option<&Rc<RefCell<ListBuf>>> {
    match v {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn dict_of(v: &Value) -> Option<&Rc<RefCell<Dict>>> {
    match v {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// A built-in type's methods: (name, function). One table per type serves method lookup
/// ([`find`], which also gives the method its `'static` name) and `dir()` ([`names`]).
pub type MethodTable = &'static [(&'static str, MethodFnPtr)];

/// The container protocol tuple, list and dict share (their second table).
const CONTAINER_METHODS: MethodTable = &[
    ("__len__", m_len),
    ("__iter__", m_iter),
    ("__getitem__", m_getitem),
    ("__contains__", m_contains),
];

const TUPLE_METHODS: MethodTable = &[("index", seq_index), ("count", seq_count)];

const ITER_METHODS: MethodTable = &[
    ("__next__", m_next),
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__length_hint__", m_length_hint),
];

/// enumerate, zip, map, filter and callable_iterator objects: no `__length_hint__`.
const ITER_METHODS_NO_HINT: MethodTable =
    &[("__next__", m_next), ("__iter__", |_, r, _| Ok(r.clone()))];

/// `itertools.tee` iterators: no `__length_hint__`, a `__copy__`.
const TEE_METHODS: MethodTable = &[
    ("__next__", m_next),
    ("__iter__", |_, r, _| Ok(r.clone())),
    ("__copy__", |_, r, _| Ok(super::itertools::copy_tee(r))),
];

const DICT_VIEW_METHODS: MethodTable = &[("__iter__", m_iter), ("__len__", m_len)];

const RANGE_METHODS: MethodTable = &[
    ("index", seq_index),
    ("count", seq_count),
    ("__iter__", m_iter),
    ("__len__", m_len),
];

const SLICE_METHODS: MethodTable = &[("indices", slice_indices)];

/// `slice.indices(length)`: (start, stop, step) clamped to a sequence of that length, as
/// `_PySlice_GetLongIndices` (ints; a bound or length beyond 64 bits or given by `__index__`
/// is unsupported).
fn slice_indices(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let Value::Slice(s) = r else {
        return Ok(Value::None);
    };
    if a.pos.len() != 1 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    // Before 3.10 `PyNumber_Index` gave a bool back as it is, and the result kept it.
    let bool_as_int = vm.config.target.minor >= 10;
    if !bool_as_int
        && std::iter::once(&a.pos[0])
            .chain(s.iter())
            .any(|v| matches!(v, Value::Bool(_)))
    {
        return vm.unsupported("slice.indices() with a bool before 3.10");
    }
    let int = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(i64::from(b.get()))),
            _ => vm.unsupported("slice.indices() with a bound that is not an int or None"),
        }
    };
    let len = match &a.pos[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(b.get()),
        _ => return vm.unsupported("slice.indices() of a length that is not an int"),
    };
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let step = int(vm, &s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: i64| {
        if x < 0 {
            x.saturating_add(len).max(lower)
        } else {
            x.min(upper)
        }
    };
    let start = match int(vm, &s[0])? {
        None if step < 0 => upper,
        None => lower,
        Some(x) => clamp(x),
    };
    let stop = match int(vm, &s[1])? {
        None if step < 0 => lower,
        None => upper,
        Some(x) => clamp(x),
    };
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

const BYTES_METHODS: MethodTable = &[
    ("decode", |vm, r, a| match r {
        Value::Bytes(b) => super::codecs::bytes_decode(vm, b, &a),
        _ => Ok(Value::None),
    }),
    ("__len__", m_len),
];

const INT_METHODS: MethodTable = &[("bit_length", |_, r, _| {
    Ok(Value::Int(
        crate::value::int::to_big(r).map_or(0, |b| b.bits() as i64),
    ))
})];

const FLOAT_METHODS: MethodTable = &[("is_integer", |_, r, _| {
    Ok(Value::bool(
        matches!(r, Value::Float(f) if f.get().fract() == 0.0),
    ))
})];

/// The method tables of `v`'s built-in type (two where `set` extends `frozenset`'s, and
/// where a container shares [`CONTAINER_METHODS`]); none
/// for generator-like objects and awaitables, whose methods depend on their kind
/// (`coro_methods`).
fn tables(v: &Value) -> &'static [MethodTable] {
    match v {
        Value::Str(_) => &[
            super::str_methods::STR_METHODS,
            super::str_unicode::STR_UNICODE_METHODS,
        ],
        Value::List(_) => &[LIST_METHODS, CONTAINER_METHODS],
        Value::Dict(_) => &[DICT_METHODS, CONTAINER_METHODS],
        Value::Tuple(_) => &[TUPLE_METHODS, CONTAINER_METHODS],
        Value::Set(_) => &[SET_MUTATORS, SET_COMMON],
        Value::FrozenSet(_) => &[SET_COMMON],
        Value::Iter(it) if matches!(&*it.borrow(), Iter::Tee { .. }) => &[TEE_METHODS],
        Value::Iter(it)
            if matches!(
                &*it.borrow(),
                Iter::Enumerate { .. }
                    | Iter::Zip { .. }
                    | Iter::Map { .. }
                    | Iter::Filter { .. }
                    | Iter::Callable { .. }
            ) =>
        {
            &[ITER_METHODS_NO_HINT]
        }
        Value::Iter(_) => &[ITER_METHODS],
        Value::DictView(_) => &[DICT_VIEW_METHODS],
        Value::Range(_) => &[RANGE_METHODS],
        Value::Slice(_) => &[SLICE_METHODS],
        Value::Bytes(_) => &[BYTES_METHODS],
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => &[INT_METHODS],
        Value::Float(_) => &[FLOAT_METHODS],
        _ => &[],
    }
}

/// Find method `name` for receiver `v`: its name as a `'static` string and its function.
pub fn find(v: &Value, name: &str) -> Option<(&'static str, MethodFnPtr)> {
    match v {
        Value::Generator(g) => super::coro_methods::generator_method(g.kind(), name),
        Value::Awaitable(_) => super::coro_methods::awaitable_method(name),
        _ => tables(v)
            .iter()
            .flat_map(|t| t.iter())
            .find(|(n, _)| *n == name)
            .copied(),
    }
}

/// The names of the methods of `v`'s built-in type, as `dir()` lists them (generators and
/// awaitables excepted: see [`tables`]).
pub fn names(v: &Value) -> impl Iterator<Item = &'static str> {
    tables(v).iter().flat_map(|t| t.iter().map(|(n, _)| *n))
}

/// `list.clear` and `dict.clear`: the old items go after the container is empty (a finalizer
/// they run sees it empty).
fn m_clear(_: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    // Taken first, dropped after the borrow has ended: a finalizer may reach the container.
    if let Value::List(l) = r {
        let old = std::mem::take(&mut *l.borrow_mut());
        drop(old);
    } else if let Value::Dict(d) = r {
        let old = d.borrow_mut().take_all();
        drop(old);
    }
    Ok(Value::None)
}

pub(super) fn m_len(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(r)? as i64))
}
pub(super) fn m_iter(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    vm.iter(r)
}
pub(crate) fn m_next(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    vm.next_raw(r)
}
pub(super) fn m_getitem(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    vm.getitem(r, &a0(&a))
}
pub(super) fn m_contains(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    Ok(Value::bool(vm.contains(r, &a0(&a))?))
}

fn seq_items(vm: &mut Vm, r: &Value) -> PyResult<Vec<Value>> {
    vm.collect(r)
}

pub(super) fn seq_index(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let x = a0(&a);
    let items = seq_items(vm, r)?;
    use super::int_args::{adjust, slice_bound, Bound};
    let start = slice_bound(vm, a.pos.get(1), Bound::IntOnly)?;
    let stop = slice_bound(vm, a.pos.get(2), Bound::IntOnly)?;
    let (start, stop) = adjust(items.len(), start, stop);
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if it.is(&x) || vm.eq(it, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let what = match r {
        Value::List(_) if vm.rules.list_index_message_generic => "list.index(x): x not in list",
        Value::List(_) => {
            let rx = vm.repr(&x)?;
            return Err(vm.value_error(format!("{rx} is not in list")));
        }
        Value::Tuple(_) => "tuple.index(x): x not in tuple",
        _ => "sequence.index(x): x not in sequence",
    };
    Err(vm.value_error(what))
}

pub(super) fn seq_count(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let x = a0(&a);
    let items = seq_items(vm, r)?;
    let mut n = 0;
    for it in &items {
        if it.is(&x) || vm.eq(it, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// The methods of `list`.
pub(super) const LIST_METHODS: MethodTable = &[
    ("append", |vm, r, a| {
        exactly(vm, "list.append", &a, 1)?;
        if let Some(l) = list_of(r) {
            l.borrow_mut().push(a0(&a));
        }
        Ok(Value::None)
    }),
    ("extend", |vm, r, a| {
        exactly(vm, "list.extend", &a, 1)?;
        if let Some(l) = list_of(r) {
            vm.for_each(&a0(&a), |_, x| {
                l.borrow_mut().push(x);
                Ok(())
            })?;
        }
        Ok(Value::None)
    }),
    ("insert", |vm, r, a| {
        if a.pos.len() != 2 {
            return Err(vm.type_error(format!("insert expected 2 arguments, got {}", a.pos.len())));
        }
        let i = super::int_args::ssize(vm, &a.pos[0])?;
        if let Some(l) = list_of(r) {
            let mut l = l.borrow_mut();
            let n = l.len() as i64;
            let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
            l.insert(i as usize, a.pos[1].clone());
        }
        Ok(Value::None)
    }),
    ("pop", |vm, r, a| {
        let l = match list_of(r) {
            Some(l) => l.clone(),
            None => return Ok(Value::None),
        };
        let n = l.borrow().len() as i64;
        if n == 0 {
            return Err(vm.err(ExcKind::IndexError, "pop from empty list"));
        }
        let i = match a.pos.first() {
            Some(v) => super::int_args::ssize(vm, v)?,
            None => -1,
        };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.err(ExcKind::IndexError, "pop index out of range"));
        }
        let v = l.borrow_mut().remove(j as usize);
        Ok(v)
    }),
    ("remove", |vm, r, a| {
        let x = a0(&a);
        let l = match list_of(r) {
            Some(l) => l.clone(),
            None => return Ok(Value::None),
        };
        let items = l.borrow().clone();
        for (i, it) in items.iter().enumerate() {
            if it.is(&x) || vm.eq(it, &x)? {
                let old = l.borrow_mut().remove(i);
                drop(old);
                return Ok(Value::None);
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    }),
    ("index", seq_index),
    ("count", seq_count),
    ("reverse", |_, r, _| {
        if let Some(l) = list_of(r) {
            l.borrow_mut().reverse();
        }
        Ok(Value::None)
    }),
    ("sort", |vm, r, a| {
        let l = match list_of(r) {
            Some(l) => l.clone(),
            None => return Ok(Value::None),
        };
        if !a.pos.is_empty() {
            return Err(vm.type_error("sort() takes no positional arguments"));
        }
        let items = l.borrow_mut().take_vec();
        let (key, rev) = super::sort_options(vm, &a)?;
        let sorted = super::sort_values(vm, items, key, rev);
        match sorted {
            Ok(s) => {
                *l.borrow_mut() = ListBuf::from(s);
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }),
    ("copy", |_, r, _| {
        Ok(Value::list(
            list_of(r).map(|l| l.borrow().to_vec()).unwrap_or_default(),
        ))
    }),
    ("clear", m_clear),
];

fn dict_view(r: &Value, kind: ViewKind) -> Value {
    match r {
        Value::Dict(d) => Value::DictView(Rc::new(DictView {
            dict: d.clone(),
            kind,
        })),
        _ => Value::None,
    }
}
/// The methods of `dict`.
pub(super) const DICT_METHODS: MethodTable = &[
    ("keys", |_, r, _| Ok(dict_view(r, ViewKind::Keys))),
    ("values", |_, r, _| Ok(dict_view(r, ViewKind::Values))),
    ("items", |_, r, _| Ok(dict_view(r, ViewKind::Items))),
    ("get", |vm, r, a| {
        let v = match dict_of(r) {
            Some(d) => {
                let k = vm.dict_key(d, a0(&a))?;
                let v = d.borrow().get(&k).cloned();
                v
            }
            None => None,
        };
        Ok(v.unwrap_or_else(|| a1(&a).unwrap_or(Value::None)))
    }),
    ("setdefault", |vm, r, a| {
        let d = match dict_of(r) {
            Some(d) => d.clone(),
            None => return Ok(Value::None),
        };
        let k = vm.dict_key(&d, a0(&a))?;
        let existing = d.borrow().get(&k).cloned();
        match existing {
            Some(v) => Ok(v),
            None => {
                let v = a1(&a).unwrap_or(Value::None);
                d.borrow_mut().insert(k, v.clone());
                Ok(v)
            }
        }
    }),
    ("pop", |vm, r, a| {
        let key = a0(&a);
        let v = match dict_of(r) {
            Some(d) => {
                let k = vm.dict_key(d, key.clone())?;
                let v = d.borrow_mut().remove(&k);
                v
            }
            None => None,
        };
        match (v, a1(&a)) {
            (Some(v), _) => Ok(v),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(vm.key_error(key)),
        }
    }),
    ("popitem", |vm, r, _| {
        let d = match dict_of(r) {
            Some(d) => d.clone(),
            None => return Ok(Value::None),
        };
        let last = d.borrow_mut().pop_last();
        match last {
            Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
            None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
        }
    }),
    ("update", |vm, r, a| {
        let d = match dict_of(r) {
            Some(d) => d.clone(),
            None => return Ok(Value::None),
        };
        if let Some(src) = a.pos.first() {
            super::for_each_pair(vm, src, |vm, k, v| {
                let k = vm.dict_key(&d, k)?;
                let old = d.borrow_mut().insert(k, v);
                drop(old);
                Ok(())
            })?;
        }
        for (k, v) in a.kw {
            let k = vm.key(Value::Str(k))?;
            d.borrow_mut().insert(k, v);
        }
        Ok(Value::None)
    }),
    ("copy", |_, r, _| {
        Ok(Value::dict(
            dict_of(r).map(|d| d.borrow().clone()).unwrap_or_default(),
        ))
    }),
    ("clear", m_clear),
];

fn with_set(r: &Value, f: impl FnOnce(&mut PySet)) {
    if let Value::Set(s) = r {
        f(&mut s.borrow_mut());
    }
}
fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        _ => {
            let items = vm.collect(v)?;
            let mut s = PySet::new();
            for i in items {
                vm.set_add(&mut s, i)?;
            }
            Ok(Value::FrozenSet(Rc::new(s)))
        }
    }
}
fn set_binop(vm: &mut Vm, r: &Value, a: Args, op: crate::compile::BinOp) -> PyResult<Value> {
    let mut acc = r.clone();
    if a.pos.is_empty() {
        acc = match r {
            Value::Set(s) => Value::set(s.borrow().merged_copy()),
            o => o.clone(),
        };
    }
    for x in &a.pos {
        let o = other_set(vm, x)?;
        acc = vm.set_op(&acc, &o, op)?;
    }
    Ok(acc)
}
/// The methods of `set` that `frozenset` lacks.
pub(super) const SET_MUTATORS: MethodTable = &[
    ("add", |vm, r, a| {
        let k = vm.set_value_key(r, a0(&a))?;
        with_set(r, |s| {
            s.insert(k.hash, k.value);
        });
        Ok(Value::None)
    }),
    ("remove", |vm, r, a| {
        let x = a0(&a);
        let k = vm.set_value_key(r, x.clone())?;
        let mut found = false;
        with_set(r, |s| found = s.remove(k.hash, &k.value));
        if found {
            Ok(Value::None)
        } else {
            Err(vm.key_error(x))
        }
    }),
    ("discard", |vm, r, a| {
        let k = vm.set_value_key(r, a0(&a))?;
        with_set(r, |s| {
            s.remove(k.hash, &k.value);
        });
        Ok(Value::None)
    }),
    ("pop", |vm, r, _| {
        let mut v = None;
        with_set(r, |s| v = s.pop());
        v.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
    }),
    ("clear", |_, r, _| {
        with_set(r, |s| s.clear());
        Ok(Value::None)
    }),
    ("update", |vm, r, a| {
        for x in &a.pos {
            vm.for_each(x, |vm, i| {
                let k = vm.set_value_key(r, i)?;
                with_set(r, |s| {
                    s.insert(k.hash, k.value);
                });
                Ok(())
            })?;
        }
        Ok(Value::None)
    }),
];

/// The methods of `set` and `frozenset`.
pub(super) const SET_COMMON: MethodTable = &[
    ("union", |vm, r, a| set_binop(vm, r, a, BinOp::Or)),
    ("intersection", |vm, r, a| set_binop(vm, r, a, BinOp::And)),
    ("difference", |vm, r, a| set_binop(vm, r, a, BinOp::Sub)),
    ("symmetric_difference", |vm, r, a| {
        set_binop(vm, r, a, BinOp::Xor)
    }),
    ("issubset", |vm, r, a| {
        let o = other_set(vm, &a0(&a))?;
        vm.compare(r, &o, crate::compile::CmpOp::Le)
    }),
    ("issuperset", |vm, r, a| {
        let o = other_set(vm, &a0(&a))?;
        vm.compare(r, &o, crate::compile::CmpOp::Ge)
    }),
    ("isdisjoint", |vm, r, a| {
        let o = other_set(vm, &a0(&a))?;
        let i = vm.set_op(r, &o, BinOp::And)?;
        Ok(Value::bool(vm.len(&i)? == 0))
    }),
    ("copy", |_, r, _| {
        Ok(match r {
            Value::Set(s) => Value::set(s.borrow().merged_copy()),
            o => o.clone(),
        })
    }),
    ("__len__", m_len),
    ("__iter__", m_iter),
    ("__contains__", m_contains),
];

/// `it.__length_hint__()` of the sequence, range and reversed iterators: the items left.
fn m_length_hint(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    let Value::Iter(it) = r else {
        return Ok(Value::None);
    };
    let n = match &*it.borrow() {
        Iter::Seq { seq, idx, .. } => match seq {
            Value::List(l) => l.borrow().len().saturating_sub(*idx),
            Value::Tuple(t) => t.len().saturating_sub(*idx),
            Value::Bytes(b) => b.len().saturating_sub(*idx),
            Value::Str(s) => s
                .get((*idx).min(s.len())..)
                .map_or(0, |t| t.chars().count()),
            _ => return vm.unsupported("__length_hint__ of this iterator"),
        },
        Iter::Exhausted(_) => 0,
        Iter::Range { left, .. } => (*left).max(0) as usize,
        Iter::Reversed { idx, .. } => (*idx + 1).max(0) as usize,
        Iter::Dict(di) => di.length_hint(),
        _ => return vm.unsupported("__length_hint__ of this iterator"),
    };
    Ok(Value::Int(n as i64))
}
