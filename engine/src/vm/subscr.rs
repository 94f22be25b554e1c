//! Subscripts: indexing and slicing of sequences, dict lookup, item assignment and deletion.

use std::rc::Rc;

use super::Vm;
use crate::value::{Args, Class, Flow, PyResult, RangeObj, ThinRc, Value};
use crate::vm::ExcKind;

/// Resolved slice: start, stop, step, length (CPython's PySlice_AdjustIndices).
pub struct SliceIdx {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    pub fn slice_indices(&self, s: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(i64::from(b.get()))),
                Value::Big(b) => Ok(Some(if crate::value::int::is_negative(b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(
                    self.type_error(if self.rules.slice_index_message_without_none {
                        "slice indices must be integers or have an __index__ method"
                    } else {
                        "slice indices must be integers or None or have an __index__ method"
                    }),
                ),
            }
        };
        let step = get(&s[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < 0 {
                            x = lo;
                        }
                    } else if x >= len {
                        x = hi;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(get(&s[0])?, 0, 0, len),
                adjust(get(&s[1])?, len, 0, len),
            )
        } else {
            (
                adjust(get(&s[0])?, len - 1, -1, len - 1),
                adjust(get(&s[1])?, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            step,
            len: n as usize,
        })
    }

    fn seq_index(&self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(b.get()),
            Value::Big(_) => {
                return Err(self.err(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ => return Err(self.type_error("bad index")),
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.err(ExcKind::IndexError, format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    fn is_index(v: &Value) -> bool {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Big(_))
    }

    /// A sequence's index or slice with the objects in it that have `__index__` replaced by
    /// their ints (None when there are none).
    fn user_index(&mut self, obj: &Value, idx: &Value) -> PyResult<Option<Value>> {
        if !matches!(
            obj,
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
        ) {
            return Ok(None);
        }
        match idx {
            Value::Instance(_) => self.index_value(idx),
            Value::Slice(s) if s.iter().any(|v| matches!(v, Value::Instance(_))) => {
                let [a, b, c] = &**s;
                let parts = [self.indexed(a)?, self.indexed(b)?, self.indexed(c)?];
                Ok(Some(Value::Slice(Rc::new(parts))))
            }
            _ => Ok(None),
        }
    }

    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        if let Value::Instance(_) | Value::Slice(_) = idx {
            if let Some(i) = self.user_index(obj, idx)? {
                return self.getitem(obj, &i);
            }
        }
        match (obj, idx) {
            (Value::List(l), _) if Self::is_index(idx) => {
                let l = l.borrow();
                let i = self.seq_index(idx, l.len(), "list")?;
                Ok(l[i].clone())
            }
            (Value::Tuple(t), _) if Self::is_index(idx) => {
                let i = self.seq_index(idx, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            (Value::Str(s), _) if Self::is_index(idx) => {
                if s.is_ascii() {
                    let i = self.seq_index(idx, s.len(), "string")?;
                    Ok(Value::str(&s[i..i + 1]))
                } else {
                    let chars: Vec<char> = s.chars().collect();
                    let i = self.seq_index(idx, chars.len(), "string")?;
                    Ok(Value::str(chars[i].encode_utf8(&mut [0; 4])))
                }
            }
            (Value::Bytes(b), _) if Self::is_index(idx) => {
                let i = self.seq_index(idx, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            (Value::Range(r), _) if Self::is_index(idx) => {
                let i = self.seq_index(idx, r.len() as usize, "range object")?;
                Ok(Value::Int(
                    r.start.wrapping_add(r.step.wrapping_mul(i as i64)),
                ))
            }
            (Value::List(l), Value::Slice(s)) => {
                let l = l.borrow();
                let si = self.slice_indices(s, l.len())?;
                Ok(Value::list(si.indices().map(|i| l[i].clone()).collect()))
            }
            (Value::Tuple(t), Value::Slice(s)) => {
                let si = self.slice_indices(s, t.len())?;
                Ok(Value::tuple(si.indices().map(|i| t[i].clone()).collect()))
            }
            (Value::Str(st), Value::Slice(s)) => {
                let chars: Vec<char> = st.chars().collect();
                let si = self.slice_indices(s, chars.len())?;
                Ok(Value::str(
                    &si.indices().map(|i| chars[i]).collect::<String>(),
                ))
            }
            (Value::Bytes(b), Value::Slice(s)) => {
                let si = self.slice_indices(s, b.len())?;
                Ok(Value::Bytes(ThinRc::from(
                    si.indices().map(|i| b[i]).collect::<Vec<u8>>(),
                )))
            }
            (Value::Range(r), Value::Slice(s)) => {
                let si = self.slice_indices(s, r.len() as usize)?;
                let start = r.start.wrapping_add(r.step.wrapping_mul(si.start));
                let step = r.step.wrapping_mul(si.step);
                Ok(Value::Range(Rc::new(RangeObj {
                    start,
                    stop: start.wrapping_add(step.wrapping_mul(si.len as i64)),
                    step,
                })))
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, idx.clone())?;
                let v = d.borrow().get(&k).cloned();
                match v {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(idx.clone())),
                }
            }
            (Value::Instance(i), _)
                if i.class.base_type.has_payload()
                    && super::payload::user_defines(&i.class, "__getitem__").is_none() =>
            {
                let i = i.clone();
                let p = super::payload::payload_of(obj).unwrap_or_default();
                // dict_subscript: a subclass's __missing__ answers for a missing key.
                if let (Value::Dict(d), Some(missing)) =
                    (&p, super::payload::user_defines(&i.class, "__missing__"))
                {
                    let k = self.dict_key(d, idx.clone())?;
                    let found = d.borrow().get(&k).cloned();
                    return match found {
                        Some(v) => Ok(v),
                        None => {
                            let m = self.bind(missing, obj);
                            self.call(&m, Args::new(vec![idx.clone()]))
                        }
                    };
                }
                self.getitem(&p, idx)
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__getitem__") {
                Some(m) => self.call(&m, Args::new(vec![idx.clone()])),
                None => Err(self.not_subscriptable(obj)),
            },
            (Value::List(_), _) => Err(self.type_error(format!(
                "list indices must be integers or slices, not {}",
                self.type_name(idx)
            ))),
            (Value::Tuple(_), _) => Err(self.type_error(format!(
                "tuple indices must be integers or slices, not {}",
                self.type_name(idx)
            ))),
            (Value::Str(_), _) if !self.rules.str_index_error_names_type => {
                Err(self.type_error("string indices must be integers"))
            }
            (Value::Str(_), _) => Err(self.type_error(format!(
                "string indices must be integers, not '{}'",
                self.type_name(idx)
            ))),
            (Value::Range(_), _) => Err(self.type_error(format!(
                "range indices must be integers or slices, not {}",
                self.type_name(idx)
            ))),
            (Value::Class(c), _) => {
                let c = c.clone();
                self.class_subscript(&c, idx)
            }
            _ => Err(self.not_subscriptable(obj)),
        }
    }

    /// `cls[idx]` (PyObject_GetItem on a type): `type[...]` and the built-in types with a
    /// `__class_getitem__` of the target make a `types.GenericAlias`; a class's own
    /// `__class_getitem__` (PEP 560, 3.7) is called with the class.
    fn class_subscript(&mut self, c: &Rc<Class>, idx: &Value) -> PyResult<Value> {
        let cls = Value::Class(c.clone());
        if c.builtin {
            if self.builtin_is_generic(c) {
                let ga = crate::builtins::py_builtin(self, "GenericAlias")?;
                return self.call(&ga, Args::new(vec![cls, idx.clone()]));
            }
        } else if self.rules.class_getitem {
            match c.lookup("__class_getitem__") {
                // type_new makes a plain function there a classmethod.
                Some(f @ Value::Func(_)) => {
                    return self.call(&f, Args::new(vec![cls, idx.clone()]));
                }
                Some(_) => {
                    let m = self.getattr(&cls, "__class_getitem__")?;
                    return self.call(&m, Args::new(vec![idx.clone()]));
                }
                None => {}
            }
        }
        if self.rules.not_subscriptable_names_type {
            Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
        } else {
            Err(self.type_error("'type' object is not subscriptable"))
        }
    }

    /// Has built-in class `c` a `__class_getitem__` (or is it `type`) on the target?
    fn builtin_is_generic(&self, c: &Class) -> bool {
        let r = &self.rules;
        match &*c.name {
            "type" | "list" | "dict" | "tuple" | "set" | "frozenset" | "enumerate"
            | "async_generator" | "mappingproxy" => r.builtin_generic_alias,
            "generator" | "coroutine" => r.generator_class_getitem,
            "memoryview" => r.memoryview_class_getitem,
            "slice" | "frozendict" => r.slice_class_getitem,
            _ => false,
        }
    }

    fn not_subscriptable(&self, obj: &Value) -> Flow {
        self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        ))
    }

    pub fn setitem(&mut self, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
        if let Value::Instance(_) | Value::Slice(_) = idx {
            if let Some(i) = self.user_index(obj, &idx)? {
                return self.setitem(obj, i, v);
            }
        }
        match (obj, &idx) {
            (Value::List(l), _) if Self::is_index(&idx) => {
                let len = l.borrow().len();
                let i = self.seq_index(&idx, len, "list assignment")?;
                let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                drop(old);
                Ok(())
            }
            (Value::List(l), Value::Slice(s)) => {
                let items = self.collect(&v)?;
                let len = l.borrow().len();
                let si = self.slice_indices(s, len)?;
                if si.step == 1 {
                    let start = si.start.clamp(0, len as i64) as usize;
                    let end = (start + si.len).min(len);
                    let removed: Vec<Value> = l.borrow_mut().splice(start..end, items);
                    drop(removed);
                } else {
                    if items.len() != si.len {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            si.len
                        )));
                    }
                    let idxs: Vec<usize> = si.indices().collect();
                    let mut lb = l.borrow_mut();
                    for (i, item) in idxs.into_iter().zip(items) {
                        lb[i] = item;
                    }
                }
                Ok(())
            }
            (Value::List(_), _) => Err(self.type_error(format!(
                "list indices must be integers or slices, not {}",
                self.type_name(&idx)
            ))),
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, idx)?;
                let old = d.borrow_mut().insert(k, v);
                drop(old);
                Ok(())
            }
            (Value::Instance(i), _)
                if i.class.base_type.has_payload()
                    && super::payload::user_defines(&i.class, "__setitem__").is_none() =>
            {
                let p = super::payload::payload_of(obj).unwrap_or_default();
                self.setitem(&p, idx, v)
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__setitem__") {
                Some(m) => {
                    self.call(&m, Args::new(vec![idx, v]))?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        if let Value::Instance(_) | Value::Slice(_) = idx {
            if let Some(i) = self.user_index(obj, idx)? {
                return self.delitem(obj, &i);
            }
        }
        match (obj, idx) {
            (Value::List(l), _) if Self::is_index(idx) => {
                let len = l.borrow().len();
                let i = self.seq_index(idx, len, "list assignment")?;
                let old = l.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            (Value::List(l), Value::Slice(s)) => {
                let len = l.borrow().len();
                let si = self.slice_indices(s, len)?;
                let mut idxs: Vec<usize> = si.indices().collect();
                idxs.sort_unstable();
                // Released last item first, as CPython's list_ass_slice does.
                let removed: Vec<Value> = match (idxs.first(), idxs.last()) {
                    // One run of items: one move of the tail, not one per item.
                    (Some(&a), Some(&b)) if b - a + 1 == idxs.len() => {
                        let mut r = l.borrow_mut().remove_range(a, b + 1);
                        r.reverse();
                        r
                    }
                    _ => {
                        let mut lb = l.borrow_mut();
                        idxs.into_iter().rev().map(|i| lb.remove(i)).collect()
                    }
                };
                drop(removed);
                Ok(())
            }
            (Value::Dict(d), _) => {
                let k = self.dict_key(d, idx.clone())?;
                let old = d.borrow_mut().remove(&k);
                match old {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(idx.clone())),
                }
            }
            (Value::Instance(i), _)
                if i.class.base_type.has_payload()
                    && super::payload::user_defines(&i.class, "__delitem__").is_none() =>
            {
                let p = super::payload::payload_of(obj).unwrap_or_default();
                self.delitem(&p, idx)
            }
            (Value::Instance(_), _) => match self.lookup_special(obj, "__delitem__") {
                Some(m) => {
                    self.call(&m, Args::new(vec![idx.clone()]))?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }
}
