//! Methods of built-in types (str, list, dict, tuple, set, generator, iterators, …),
//! found by receiver kind and name.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::{
    Args, Dict, DictView, Iter, MethodFnPtr, PyResult, PySet, SeqKind, Value, ViewKind,
};
use crate::vm::Vm;

fn a0(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn a1(a: &Args) -> Option<Value> {
    a.pos.get(1).cloned()
}

fn exactly(vm: &Vm, name: &str, a: &Args, n: usize) -> PyResult<()> {
    let name = if vm.config.target < crate::PythonVersion::new(3, 9) {
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

fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s,
        _ => "",
    }
}

fn new_str(x: String) -> Value {
    Value::Str(Rc::from(x))
}

fn list_of(v: &Value) -> Option<&Rc<RefCell<Vec<Value>>>> {
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

/// Find method `name` for receiver `v`.
pub fn find(v: &Value, name: &str) -> Option<(&'static str, MethodFnPtr)> {
    let f: MethodFnPtr = match v {
        Value::Str(_) => str_method(name)?,
        Value::List(_) => list_method(name)?,
        Value::Dict(_) => dict_method(name)?,
        Value::Tuple(_) => match name {
            "index" => seq_index,
            "count" => seq_count,
            "__len__" => m_len,
            "__iter__" => m_iter,
            "__getitem__" => m_getitem,
            "__contains__" => m_contains,
            _ => return None,
        },
        Value::Set(_) | Value::FrozenSet(_) => set_method(name, matches!(v, Value::Set(_)))?,
        Value::Generator(_) => match name {
            "send" => |vm, r, a| {
                exactly(vm, "generator.send", &a, 1)?;
                match r {
                    Value::Generator(g) => {
                        let g = g.clone();
                        vm.gen_send(&g, a0(&a))
                    }
                    _ => Ok(Value::None),
                }
            },
            "throw" => |vm, r, a| match r {
                Value::Generator(g) => {
                    let g = g.clone();
                    vm.gen_throw_method(&g, a.pos)
                }
                _ => Ok(Value::None),
            },
            "close" => |vm, r, a| {
                exactly(vm, "generator.close", &a, 0)?;
                match r {
                    Value::Generator(g) => {
                        let g = g.clone();
                        vm.gen_close(&g)
                    }
                    _ => Ok(Value::None),
                }
            },
            "__next__" => m_next,
            "__iter__" => |_, r, _| Ok(r.clone()),
            _ => return None,
        },
        Value::Iter(_) => match name {
            "__next__" => m_next,
            "__iter__" => |_, r, _| Ok(r.clone()),
            _ => return None,
        },
        Value::DictView(_) => match name {
            "__iter__" => m_iter,
            "__len__" => m_len,
            _ => return None,
        },
        Value::Range(_) => match name {
            "index" => seq_index,
            "count" => seq_count,
            "__iter__" => m_iter,
            "__len__" => m_len,
            _ => return None,
        },
        Value::Bytes(_) => match name {
            "decode" => |vm, r, _| match r {
                Value::Bytes(b) => match std::str::from_utf8(b) {
                    Ok(s) => Ok(Value::str(s)),
                    Err(_) => Err(vm.err("UnicodeDecodeError", "invalid utf-8")),
                },
                _ => Ok(Value::None),
            },
            "__len__" => m_len,
            _ => return None,
        },
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => match name {
            "bit_length" => |_, r, _| {
                Ok(Value::Int(
                    crate::value::int::to_big(r).map_or(0, |b| b.bits() as i64),
                ))
            },
            _ => return None,
        },
        Value::Float(_) => match name {
            "is_integer" => |_, r, _| {
                Ok(Value::Bool(
                    matches!(r, Value::Float(f) if f.fract() == 0.0),
                ))
            },
            _ => return None,
        },
        _ => return None,
    };
    Some((static_name(name), f))
}

fn static_name(name: &str) -> &'static str {
    const NAMES: &[&str] = &[
        "send",
        "throw",
        "close",
        "__next__",
        "__iter__",
        "__len__",
        "__getitem__",
        "__contains__",
        "append",
        "pop",
        "insert",
        "extend",
        "remove",
        "index",
        "count",
        "reverse",
        "sort",
        "copy",
        "clear",
        "keys",
        "values",
        "items",
        "get",
        "setdefault",
        "update",
        "popitem",
        "join",
        "split",
        "rsplit",
        "strip",
        "lstrip",
        "rstrip",
        "upper",
        "lower",
        "replace",
        "startswith",
        "endswith",
        "find",
        "rfind",
        "rindex",
        "format",
        "isdigit",
        "isalpha",
        "isalnum",
        "isspace",
        "isupper",
        "islower",
        "title",
        "capitalize",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "splitlines",
        "partition",
        "rpartition",
        "encode",
        "swapcase",
        "add",
        "discard",
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "isdisjoint",
        "decode",
        "bit_length",
        "is_integer",
        "isidentifier",
        "isnumeric",
        "isdecimal",
        "casefold",
        "expandtabs",
        "removeprefix",
        "removesuffix",
    ];
    NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .unwrap_or("method")
}

fn m_len(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.len(r)? as i64))
}
fn m_iter(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    vm.iter(r)
}
fn m_next(vm: &mut Vm, r: &Value, _: Args) -> PyResult<Value> {
    vm.next_raw(r)
}
fn m_getitem(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    vm.getitem(r, &a0(&a))
}
fn m_contains(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(r, &a0(&a))?))
}

fn seq_items(vm: &mut Vm, r: &Value) -> PyResult<Vec<Value>> {
    vm.collect(r)
}

fn seq_index(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
    let x = a0(&a);
    let items = seq_items(vm, r)?;
    let len = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> i64 {
        match v {
            Some(Value::Int(i)) => {
                let i = if *i < 0 { (*i + len).max(0) } else { *i };
                i.min(len)
            }
            _ => d,
        }
    };
    let start = norm(a.pos.get(1), 0);
    let stop = norm(a.pos.get(2), len);
    for i in start..stop {
        let it = &items[i as usize];
        if it.is(&x) || vm.eq(it, &x)? {
            return Ok(Value::Int(i));
        }
    }
    let what = match r {
        Value::List(_) => {
            let rx = vm.repr(&x)?;
            return Err(vm.value_error(format!("{rx} is not in list")));
        }
        Value::Tuple(_) => "tuple.index(x): x not in tuple",
        _ => "sequence.index(x): x not in sequence",
    };
    Err(vm.value_error(what))
}

fn seq_count(vm: &mut Vm, r: &Value, a: Args) -> PyResult<Value> {
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

fn list_method(name: &str) -> Option<MethodFnPtr> {
    Some(match name {
        "append" => |vm, r, a| {
            exactly(vm, "list.append", &a, 1)?;
            if let Some(l) = list_of(r) {
                l.borrow_mut().push(a0(&a));
            }
            Ok(Value::None)
        },
        "extend" => |vm, r, a| {
            exactly(vm, "list.extend", &a, 1)?;
            let items = vm.collect(&a0(&a))?;
            if let Some(l) = list_of(r) {
                l.borrow_mut().extend(items);
            }
            Ok(Value::None)
        },
        "insert" => |vm, r, a| {
            if a.pos.len() != 2 {
                return Err(
                    vm.type_error(format!("insert expected 2 arguments, got {}", a.pos.len()))
                );
            }
            let i = vm.index_of(&a.pos[0]).unwrap_or(0);
            if let Some(l) = list_of(r) {
                let mut l = l.borrow_mut();
                let n = l.len() as i64;
                let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
                l.insert(i as usize, a.pos[1].clone());
            }
            Ok(Value::None)
        },
        "pop" => |vm, r, a| {
            let l = match list_of(r) {
                Some(l) => l.clone(),
                None => return Ok(Value::None),
            };
            let n = l.borrow().len() as i64;
            if n == 0 {
                return Err(vm.err("IndexError", "pop from empty list"));
            }
            let i = match a.pos.first() {
                Some(v) => vm.index_of(v).unwrap_or(-1),
                None => -1,
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.err("IndexError", "pop index out of range"));
            }
            let v = l.borrow_mut().remove(j as usize);
            Ok(v)
        },
        "remove" => |vm, r, a| {
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
        },
        "index" => seq_index,
        "count" => seq_count,
        "reverse" => |_, r, _| {
            if let Some(l) = list_of(r) {
                l.borrow_mut().reverse();
            }
            Ok(Value::None)
        },
        "sort" => |vm, r, a| {
            let l = match list_of(r) {
                Some(l) => l.clone(),
                None => return Ok(Value::None),
            };
            if !a.pos.is_empty() {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            let items = std::mem::take(&mut *l.borrow_mut());
            let (key, rev) = super::sort_options(vm, &a)?;
            let sorted = super::sort_values(vm, items, key, rev);
            match sorted {
                Ok(s) => {
                    *l.borrow_mut() = s;
                    Ok(Value::None)
                }
                Err(e) => Err(e),
            }
        },
        "copy" => |_, r, _| {
            Ok(Value::list(
                list_of(r).map(|l| l.borrow().clone()).unwrap_or_default(),
            ))
        },
        "clear" => |_, r, _| {
            if let Some(l) = list_of(r) {
                let old = std::mem::take(&mut *l.borrow_mut());
                drop(old);
            }
            Ok(Value::None)
        },
        "__len__" => m_len,
        "__iter__" => m_iter,
        "__getitem__" => m_getitem,
        "__contains__" => m_contains,
        _ => return None,
    })
}

fn dict_method(name: &str) -> Option<MethodFnPtr> {
    fn view(r: &Value, kind: ViewKind) -> Value {
        match r {
            Value::Dict(d) => Value::DictView(Rc::new(DictView {
                dict: d.clone(),
                kind,
            })),
            _ => Value::None,
        }
    }
    Some(match name {
        "keys" => |_, r, _| Ok(view(r, ViewKind::Keys)),
        "values" => |_, r, _| Ok(view(r, ViewKind::Values)),
        "items" => |_, r, _| Ok(view(r, ViewKind::Items)),
        "get" => |vm, r, a| {
            let k = vm.key(a0(&a))?;
            let v = dict_of(r).and_then(|d| d.borrow().get(&k).cloned());
            Ok(v.unwrap_or_else(|| a1(&a).unwrap_or(Value::None)))
        },
        "setdefault" => |vm, r, a| {
            let k = vm.key(a0(&a))?;
            let d = match dict_of(r) {
                Some(d) => d.clone(),
                None => return Ok(Value::None),
            };
            let existing = d.borrow().get(&k).cloned();
            match existing {
                Some(v) => Ok(v),
                None => {
                    let v = a1(&a).unwrap_or(Value::None);
                    d.borrow_mut().insert(k, v.clone());
                    Ok(v)
                }
            }
        },
        "pop" => |vm, r, a| {
            let key = a0(&a);
            let k = vm.key(key.clone())?;
            let v = dict_of(r).and_then(|d| d.borrow_mut().remove(&k));
            match (v, a1(&a)) {
                (Some(v), _) => Ok(v),
                (None, Some(d)) => Ok(d),
                (None, None) => Err(vm.key_error(key)),
            }
        },
        "popitem" => |vm, r, _| {
            let d = match dict_of(r) {
                Some(d) => d.clone(),
                None => return Ok(Value::None),
            };
            let last = d.borrow_mut().map.pop();
            match last {
                Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
                None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
            }
        },
        "update" => |vm, r, a| {
            let d = match dict_of(r) {
                Some(d) => d.clone(),
                None => return Ok(Value::None),
            };
            if let Some(src) = a.pos.first() {
                let pairs = super::dict_pairs(vm, src)?;
                for (k, v) in pairs {
                    let k = vm.key(k)?;
                    d.borrow_mut().insert(k, v);
                }
            }
            for (k, v) in a.kw {
                let k = vm.key(Value::Str(k))?;
                d.borrow_mut().insert(k, v);
            }
            Ok(Value::None)
        },
        "copy" => |_, r, _| {
            Ok(Value::Dict(Rc::new(RefCell::new(
                dict_of(r).map(|d| d.borrow().clone()).unwrap_or_default(),
            ))))
        },
        "clear" => |_, r, _| {
            if let Some(d) = dict_of(r) {
                let old = std::mem::take(&mut *d.borrow_mut());
                drop(old);
            }
            Ok(Value::None)
        },
        "__len__" => m_len,
        "__iter__" => m_iter,
        "__getitem__" => m_getitem,
        "__contains__" => m_contains,
        _ => return None,
    })
}

fn set_method(name: &str, mutable: bool) -> Option<MethodFnPtr> {
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
    fn binop(vm: &mut Vm, r: &Value, a: Args, op: crate::compile::BinOp) -> PyResult<Value> {
        let mut acc = r.clone();
        if a.pos.is_empty() {
            acc = match r {
                Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
                o => o.clone(),
            };
        }
        for x in &a.pos {
            let o = other_set(vm, x)?;
            acc = vm.set_op(&acc, &o, op)?;
        }
        Ok(acc)
    }
    use crate::compile::BinOp;
    let f: MethodFnPtr = match name {
        "add" if mutable => |vm, r, a| {
            let k = vm.key(a0(&a))?;
            with_set(r, |s| {
                s.insert(k.hash, k.value);
            });
            Ok(Value::None)
        },
        "remove" if mutable => |vm, r, a| {
            let x = a0(&a);
            let k = vm.key(x.clone())?;
            let mut found = false;
            with_set(r, |s| found = s.remove(k.hash, &k.value));
            if found {
                Ok(Value::None)
            } else {
                Err(vm.key_error(x))
            }
        },
        "discard" if mutable => |vm, r, a| {
            let k = vm.key(a0(&a))?;
            with_set(r, |s| {
                s.remove(k.hash, &k.value);
            });
            Ok(Value::None)
        },
        "pop" if mutable => |vm, r, _| {
            let mut v = None;
            with_set(r, |s| v = s.pop());
            v.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
        },
        "clear" if mutable => |_, r, _| {
            with_set(r, |s| s.clear());
            Ok(Value::None)
        },
        "update" if mutable => |vm, r, a| {
            for x in &a.pos {
                let items = vm.collect(x)?;
                for i in items {
                    let k = vm.key(i)?;
                    with_set(r, |s| {
                        s.insert(k.hash, k.value);
                    });
                }
            }
            Ok(Value::None)
        },
        "union" => |vm, r, a| binop(vm, r, a, BinOp::Or),
        "intersection" => |vm, r, a| binop(vm, r, a, BinOp::And),
        "difference" => |vm, r, a| binop(vm, r, a, BinOp::Sub),
        "symmetric_difference" => |vm, r, a| binop(vm, r, a, BinOp::Xor),
        "issubset" => |vm, r, a| {
            let o = other_set(vm, &a0(&a))?;
            vm.compare(r, &o, crate::compile::CmpOp::Le)
        },
        "issuperset" => |vm, r, a| {
            let o = other_set(vm, &a0(&a))?;
            vm.compare(r, &o, crate::compile::CmpOp::Ge)
        },
        "isdisjoint" => |vm, r, a| {
            let o = other_set(vm, &a0(&a))?;
            let i = vm.set_op(r, &o, BinOp::And)?;
            Ok(Value::Bool(vm.len(&i)? == 0))
        },
        "copy" => |_, r, _| {
            Ok(match r {
                Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
                o => o.clone(),
            })
        },
        "__len__" => m_len,
        "__iter__" => m_iter,
        "__contains__" => m_contains,
        _ => return None,
    };
    Some(f)
}

fn str_method(name: &str) -> Option<MethodFnPtr> {
    Some(match name {
        "join" => |vm, r, a| {
            exactly(vm, "str.join", &a, 1)?;
            let items = vm.collect(&a0(&a))?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(s(r));
                }
                match it {
                    Value::Str(x) => out.push_str(x),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            Ok(new_str(out))
        },
        "split" | "rsplit" => {
            if name == "split" {
                |vm, r, a| split(vm, r, a, false)
            } else {
                |vm, r, a| split(vm, r, a, true)
            }
        }
        "strip" => |_, r, a| Ok(new_str(strip(s(r), a.pos.first(), 3))),
        "lstrip" => |_, r, a| Ok(new_str(strip(s(r), a.pos.first(), 1))),
        "rstrip" => |_, r, a| Ok(new_str(strip(s(r), a.pos.first(), 2))),
        "upper" => |_, r, _| Ok(new_str(s(r).to_uppercase())),
        "lower" => |_, r, _| Ok(new_str(s(r).to_lowercase())),
        "casefold" => |_, r, _| Ok(new_str(s(r).to_lowercase())),
        "swapcase" => |_, r, _| {
            Ok(new_str(
                s(r).chars()
                    .map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<String>()
                        } else {
                            c.to_uppercase().collect()
                        }
                    })
                    .collect(),
            ))
        },
        "title" => |_, r, _| {
            let mut out = String::new();
            let mut prev = false;
            for c in s(r).chars() {
                if prev {
                    out.extend(c.to_lowercase());
                } else {
                    out.extend(c.to_uppercase());
                }
                prev = c.is_alphabetic();
            }
            Ok(new_str(out))
        },
        "capitalize" => |_, r, _| {
            let mut cs = s(r).chars();
            Ok(new_str(match cs.next() {
                Some(c) => c
                    .to_uppercase()
                    .chain(cs.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }))
        },
        "replace" => |vm, r, a| {
            let (old, new) = match (a.pos.first(), a.pos.get(1)) {
                (Some(Value::Str(o)), Some(Value::Str(n))) => (o.clone(), n.clone()),
                _ => return Err(vm.type_error("replace() argument must be str")),
            };
            let count = a.pos.get(2).and_then(|c| vm.index_of(c)).unwrap_or(-1);
            Ok(new_str(if count < 0 {
                s(r).replace(&*old, &new)
            } else {
                s(r).replacen(&*old, &new, count as usize)
            }))
        },
        "startswith" | "endswith" => {
            if name == "startswith" {
                |vm, r, a| affix(vm, r, a, true)
            } else {
                |vm, r, a| affix(vm, r, a, false)
            }
        }
        "find" => |_, r, a| Ok(Value::Int(find_sub(s(r), &a, false))),
        "rfind" => |_, r, a| Ok(Value::Int(find_sub(s(r), &a, true))),
        "index" => |vm, r, a| {
            let i = find_sub(s(r), &a, false);
            if i < 0 {
                return Err(vm.value_error("substring not found"));
            }
            Ok(Value::Int(i))
        },
        "rindex" => |vm, r, a| {
            let i = find_sub(s(r), &a, true);
            if i < 0 {
                return Err(vm.value_error("substring not found"));
            }
            Ok(Value::Int(i))
        },
        "count" => |_, r, a| {
            let sub = s(&a0(&a)).to_string();
            let h = s(r);
            Ok(Value::Int(if sub.is_empty() {
                h.chars().count() as i64 + 1
            } else {
                h.matches(&*sub).count() as i64
            }))
        },
        "format" => |vm, r, a| {
            let out = vm.str_format(s(r), &a)?;
            Ok(new_str(out))
        },
        "isdigit" | "isnumeric" | "isdecimal" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(|c| c.is_ascii_digit()),
            ))
        },
        "isalpha" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_alphabetic),
            ))
        },
        "isalnum" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_alphanumeric),
            ))
        },
        "isspace" => |_, r, _| {
            Ok(Value::Bool(
                !s(r).is_empty() && s(r).chars().all(char::is_whitespace),
            ))
        },
        "isidentifier" => |_, r, _| {
            let st = s(r);
            Ok(Value::Bool(
                st.chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && st.chars().all(|c| c == '_' || c.is_alphanumeric()),
            ))
        },
        "isupper" => |_, r, _| {
            Ok(Value::Bool(
                s(r).chars().any(char::is_uppercase) && !s(r).chars().any(char::is_lowercase),
            ))
        },
        "islower" => |_, r, _| {
            Ok(Value::Bool(
                s(r).chars().any(char::is_lowercase) && !s(r).chars().any(char::is_uppercase),
            ))
        },
        "center" | "ljust" | "rjust" => {
            if name == "center" {
                |vm, r, a| justify(vm, r, a, '^')
            } else if name == "ljust" {
                |vm, r, a| justify(vm, r, a, '<')
            } else {
                |vm, r, a| justify(vm, r, a, '>')
            }
        }
        "zfill" => |vm, r, a| {
            let w = vm.index_of(&a0(&a)).unwrap_or(0).max(0) as usize;
            let st = s(r);
            let n = st.chars().count();
            if n >= w {
                return Ok(new_str(st.to_string()));
            }
            let (sign, rest) = if st.starts_with(['+', '-']) {
                st.split_at(1)
            } else {
                ("", st)
            };
            Ok(new_str(format!("{sign}{}{rest}", "0".repeat(w - n))))
        },
        "splitlines" => |_, r, a| {
            let keep = matches!(a.pos.first(), Some(Value::Bool(true)));
            let mut out = Vec::new();
            let st = s(r);
            let mut cur = String::new();
            let mut chars = st.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\n' || c == '\r' {
                    let mut end = c.to_string();
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                        end.push('\n');
                    }
                    if keep {
                        cur.push_str(&end);
                    }
                    out.push(new_str(std::mem::take(&mut cur)));
                } else {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                out.push(new_str(cur));
            }
            Ok(Value::list(out))
        },
        "partition" | "rpartition" => {
            if name == "partition" {
                |vm, r, a| partition(vm, r, a, false)
            } else {
                |vm, r, a| partition(vm, r, a, true)
            }
        }
        "removeprefix" => |_, r, a| {
            Ok(new_str(
                s(r).strip_prefix(s(&a0(&a))).unwrap_or(s(r)).to_string(),
            ))
        },
        "removesuffix" => |_, r, a| {
            Ok(new_str(
                s(r).strip_suffix(s(&a0(&a))).unwrap_or(s(r)).to_string(),
            ))
        },
        "encode" => |_, r, _| Ok(Value::Bytes(Rc::from(s(r).as_bytes().to_vec()))),
        "expandtabs" => |_, r, _| Ok(new_str(s(r).replace('\t', "        "))),
        "__len__" => m_len,
        "__iter__" => m_iter,
        "__getitem__" => m_getitem,
        "__contains__" => m_contains,
        _ => return None,
    })
}

fn strip(st: &str, chars: Option<&Value>, which: u8) -> String {
    let set: Option<Vec<char>> = match chars {
        Some(Value::Str(c)) => Some(c.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &set {
        Some(s) => s.contains(&c),
        None => c.is_whitespace(),
    };
    let mut out = st;
    if which & 1 != 0 {
        out = out.trim_start_matches(pred);
    }
    if which & 2 != 0 {
        out = out.trim_end_matches(pred);
    }
    out.to_string()
}

fn split(vm: &mut Vm, r: &Value, a: Args, right: bool) -> PyResult<Value> {
    let st = s(r);
    let mut sep = a.pos.first().cloned();
    let mut maxsplit = a.pos.get(1).and_then(|v| vm.index_of(v)).unwrap_or(-1);
    for (k, v) in &a.kw {
        match &**k {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => maxsplit = vm.index_of(v).unwrap_or(-1),
            _ => {}
        }
    }
    let parts: Vec<String> = match sep {
        None | Some(Value::None) => {
            let words: Vec<&str> = st.split_whitespace().collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                words.into_iter().map(String::from).collect()
            } else if !right {
                // Split off maxsplit words, keep the rest (left-stripped) intact.
                let mut rest = st.trim_start();
                let mut out = Vec::new();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut rest = st.trim_end();
                let mut out = Vec::new();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(Value::Str(sep)) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                st.split(&*sep).map(String::from).collect()
            } else if right {
                let mut v: Vec<String> = st
                    .rsplitn(maxsplit as usize + 1, &*sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                st.splitn(maxsplit as usize + 1, &*sep)
                    .map(String::from)
                    .collect()
            }
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&other))))
        }
    };
    Ok(Value::list(parts.into_iter().map(new_str).collect()))
}

fn affix(vm: &mut Vm, r: &Value, a: Args, start: bool) -> PyResult<Value> {
    let st = s(r);
    let check = |p: &str| {
        if start {
            st.starts_with(p)
        } else {
            st.ends_with(p)
        }
    };
    match a0(&a) {
        Value::Str(p) => Ok(Value::Bool(check(&p))),
        Value::Tuple(t) => Ok(Value::Bool(t.iter().any(|p| check(s(p))))),
        other => Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
            vm.type_name(&other)
        ))),
    }
}

fn find_sub(h: &str, a: &Args, right: bool) -> i64 {
    let subv = a0(a);
    let sub = s(&subv);
    let chars: Vec<char> = h.chars().collect();
    let n = chars.len() as i64;
    let norm = |v: Option<&Value>, d: i64| match v {
        Some(Value::Int(i)) => {
            if *i < 0 {
                (*i + n).max(0)
            } else {
                (*i).min(n)
            }
        }
        _ => d,
    };
    let start = norm(a.pos.get(1), 0) as usize;
    let end = norm(a.pos.get(2), n) as usize;
    if start > end {
        return -1;
    }
    let hay: String = chars[start..end].iter().collect();
    let found = if right { hay.rfind(sub) } else { hay.find(sub) };
    match found {
        Some(b) => (hay[..b].chars().count() + start) as i64,
        None => -1,
    }
}

fn justify(vm: &mut Vm, r: &Value, a: Args, align: char) -> PyResult<Value> {
    let w = vm.index_of(&a0(&a)).unwrap_or(0).max(0) as usize;
    let fill = match a.pos.get(1) {
        Some(Value::Str(f)) => f.chars().next().unwrap_or(' '),
        _ => ' ',
    };
    let st = s(r);
    let n = st.chars().count();
    if n >= w {
        return Ok(new_str(st.to_string()));
    }
    let pad = w - n;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(new_str(match align {
        '<' => format!("{st}{}", f(pad)),
        '>' => format!("{}{st}", f(pad)),
        _ => {
            let left = pad / 2 + (pad & w & 1);
            format!("{}{st}{}", f(left), f(pad - left))
        }
    }))
}

fn partition(vm: &mut Vm, r: &Value, a: Args, right: bool) -> PyResult<Value> {
    let st = s(r);
    let sep = match a0(&a) {
        Value::Str(x) => x,
        other => return Err(vm.type_error(format!("must be str, not {}", vm.type_name(&other)))),
    };
    let pos = if right {
        st.rfind(&*sep)
    } else {
        st.find(&*sep)
    };
    Ok(Value::tuple(match pos {
        Some(i) => vec![
            Value::str(&st[..i]),
            Value::Str(sep.clone()),
            Value::str(&st[i + sep.len()..]),
        ],
        None if right => vec![Value::str(""), Value::str(""), Value::str(st)],
        None => vec![Value::str(st), Value::str(""), Value::str("")],
    }))
}

#[allow(dead_code)]
fn unused(_: Iter, _: SeqKind) {}
