//! Ordering built-ins: `sorted` (CPython's stable sort, comparing with `<` only) and
//! `reversed`; `sort_values` also serves `list.sort`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, int_args, kw};
use crate::value::{Args, Iter, PyResult, SeqKind, Value};
use crate::vm::Vm;

pub(crate) fn sort_options(vm: &mut Vm, a: &Args) -> PyResult<(Option<Value>, bool)> {
    let key = kw(a, "key").filter(|k| !k.is_none());
    let rev = match kw(a, "reverse") {
        Some(v) => int_args::bool_arg(vm, &v)?,
        None => false,
    };
    Ok((key, rev))
}

/// Stable merge sort using only `<`, as CPython's list.sort.
pub(crate) fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(vec![it.clone()]))?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    if reverse {
        pairs.reverse();
    }
    let sorted = merge_sort(vm, pairs)?;
    let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, crate::compile::CmpOp::Lt)?;
    vm.truthy(&r)
}

fn merge_sort(vm: &mut Vm, v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    if v.len() <= 1 {
        return Ok(v);
    }
    if v.len() <= 8 {
        // Insertion sort (stable).
        let mut out: Vec<(Value, Value)> = Vec::with_capacity(v.len());
        for item in v {
            let mut pos = out.len();
            while pos > 0 && lt(vm, &item.0, &out[pos - 1].0)? {
                pos -= 1;
            }
            out.insert(pos, item);
        }
        return Ok(out);
    }
    let mut v = v;
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(vm, v)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if lt(vm, &b.0, &a.0)? {
                    out.extend(r.next());
                } else {
                    out.extend(l.next());
                }
            }
            (Some(_), None) => out.extend(l.next()),
            (None, Some(_)) => out.extend(r.next()),
            (None, None) => break,
        }
    }
    Ok(out)
}

pub(super) fn b_sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "sorted", &a, 1, 1)?;
    let items = vm.collect(&a.pos[0])?;
    let (key, rev) = sort_options(vm, &a)?;
    Ok(Value::list(sort_values(vm, items, key, rev)?))
}

pub(super) fn b_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "reversed", &a, 1, 1)?;
    let v = &a.pos[0];
    Ok(match v {
        Value::List(_) => Value::Iter(Rc::new(RefCell::new(Iter::Seq {
            kind: SeqKind::ListRev,
            seq: v.clone(),
            idx: 0,
            virtual_seq: false,
        }))),
        Value::Range(r) => {
            let n = r.len();
            Value::Iter(Rc::new(RefCell::new(Iter::Range {
                next: r.start.wrapping_add((n - 1).wrapping_mul(r.step)),
                step: -r.step,
                left: n,
            })))
        }
        Value::Tuple(_) | Value::Str(_) => {
            let n = vm.len(v)? as i64;
            Value::Iter(Rc::new(RefCell::new(Iter::Reversed {
                obj: v.clone(),
                idx: n - 1,
            })))
        }
        // Dicts and their views are reversible from 3.8.
        Value::Dict(d) => Value::Iter(Rc::new(RefCell::new(Iter::Dict(
            crate::value::DictIter::new(d.clone(), crate::value::ViewKind::Keys, true),
        )))),
        Value::DictView(dv) => Value::Iter(Rc::new(RefCell::new(Iter::Dict(
            crate::value::DictIter::new(dv.dict.clone(), dv.kind, true),
        )))),
        Value::Instance(_) if vm.lookup_special(v, "__reversed__").is_some() => {
            match vm.lookup_special(v, "__reversed__").unwrap_or(Value::None) {
                // `__reversed__ = None` blocks the sequence fallback.
                Value::None => {
                    return Err(
                        vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
                    )
                }
                m => vm.call(&m, Args::default())?,
            }
        }
        Value::Instance(_)
            if vm.lookup_special(v, "__len__").is_some()
                && vm.lookup_special(v, "__getitem__").is_some() =>
        {
            let n = vm.len(v)? as i64;
            Value::Iter(Rc::new(RefCell::new(Iter::Reversed {
                obj: v.clone(),
                idx: n - 1,
            })))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(other)
            )))
        }
    })
}
