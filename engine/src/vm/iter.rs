//! The iterator protocol: `iter()`, `next()`, built-in iterator objects, collecting and `len()`.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::generator::GenResult;
use crate::value::dict::DictIterError;
use crate::value::{Args, DictIter, Flow, Iter, PyResult, SeqKind, Value, ViewKind, WeakKind};
use crate::vm::ExcKind;

impl Vm {
    fn new_iter(&self, it: Iter) -> Value {
        Value::Iter(Rc::new(RefCell::new(it)))
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::DictView(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iter(_) => true,
            Value::Generator(g) => g.kind().is_generator(),
            Value::WeakRef(w) => w.kind == WeakKind::Proxy,
            Value::Instance(_) => {
                self.lookup_special(v, "__iter__")
                    .is_some_and(|m| !m.is_none())
                    || self.lookup_special(v, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::WeakRef(w) if w.kind == WeakKind::Proxy => {
                let target = self.proxy_target(w)?;
                return self.iter(&target);
            }
            Value::List(_) => self.new_iter(Iter::Seq {
                kind: SeqKind::List,
                seq: v.clone(),
                idx: 0,
                virtual_seq: false,
            }),
            Value::Tuple(_) => self.new_iter(Iter::Seq {
                kind: SeqKind::Tuple,
                seq: v.clone(),
                idx: 0,
                virtual_seq: false,
            }),
            Value::Str(s) => {
                let kind = if s.is_ascii() && self.rules.str_ascii_iterator {
                    SeqKind::StrAscii
                } else {
                    SeqKind::Str
                };
                self.new_iter(Iter::Seq {
                    kind,
                    seq: v.clone(),
                    idx: 0,
                    virtual_seq: false,
                })
            }
            Value::Bytes(_) => self.new_iter(Iter::Seq {
                kind: SeqKind::Bytes,
                seq: v.clone(),
                idx: 0,
                virtual_seq: false,
            }),
            Value::Range(r) => self.new_iter(Iter::Range {
                next: r.start,
                step: r.step,
                left: r.len(),
            }),
            Value::Dict(d) => {
                self.new_iter(Iter::Dict(DictIter::new(d.clone(), ViewKind::Keys, false)))
            }
            Value::DictView(dv) => {
                self.new_iter(Iter::Dict(DictIter::new(dv.dict.clone(), dv.kind, false)))
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                let items = self.set_entries(v).into_iter().map(|(_, x)| x).collect();
                let live = match v {
                    Value::Set(s) => Some((s.clone(), s.borrow().len())),
                    _ => None,
                };
                self.new_iter(Iter::Set {
                    items,
                    idx: 0,
                    live,
                })
            }
            Value::Generator(g) if g.kind().is_generator() => v.clone(),
            Value::Iter(_) | Value::Awaitable(_) => v.clone(),
            Value::Instance(_) => {
                if let Some(Value::None) = self.lookup_special(v, "__iter__") {
                    return Err(self.not_iterable(v));
                }
                if let Some(m) = self.lookup_special(v, "__iter__") {
                    let it = self.call(&m, Args::default())?;
                    if !self.is_iterator(&it) {
                        return Err(self.bad_special_return(
                            v,
                            "__iter__",
                            super::Returns::Iterator,
                            &it,
                        ));
                    }
                    it
                } else if self.lookup_special(v, "__getitem__").is_some() {
                    self.new_iter(Iter::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    })
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        })
    }

    fn not_iterable(&self, v: &Value) -> Flow {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Awaitable(_) => true,
            Value::Generator(g) => g.kind().is_generator(),
            Value::WeakRef(w) => w.kind == WeakKind::Proxy,
            Value::Instance(_) => self.lookup_special(v, "__next__").is_some(),
            _ => false,
        }
    }

    /// One step of iteration; None when exhausted (StopIteration swallowed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => match self.iter_next(i) {
                Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => Ok(None),
                r => r,
            },
            Value::Generator(g) if g.kind().is_generator() => {
                let g = g.clone();
                match self.gen_resume(&g, super::Resume::Send(Value::None)) {
                    Ok(GenResult::Yield(v)) => Ok(Some(v)),
                    Ok(GenResult::Return(_)) => Ok(None),
                    // A StopIteration raised out of the generator (3.6, without PEP 479) ends
                    // the iteration, as from any __next__.
                    Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => match self.next_raw(it) {
                Ok(v) => Ok(Some(v)),
                Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `next(it)` raising StopIteration (with the generator's return value) at the end.
    pub fn next_raw(&mut self, it: &Value) -> PyResult<Value> {
        match it {
            Value::Iter(i) => match self.iter_next(i)? {
                Some(v) => Ok(v),
                None => Err(self.stop_iteration(Value::None)),
            },
            Value::Generator(g) if g.kind().is_generator() => {
                let g = g.clone();
                match self.gen_resume(&g, super::Resume::Send(Value::None))? {
                    GenResult::Yield(v) => Ok(v),
                    GenResult::Return(v) => Err(self.stop_iteration(v)),
                }
            }
            Value::Awaitable(a) => {
                let a = a.clone();
                self.await_send(&a, Value::None)
            }
            Value::Instance(_) => match self.lookup_special(it, "__next__") {
                Some(m) => self.call(&m, Args::default()),
                None => Err(self.not_iterator(it)),
            },
            Value::WeakRef(w) if w.kind == WeakKind::Proxy => {
                let target = self.proxy_target(w)?;
                if !self.is_iterator(&target) {
                    return Err(self.type_error(format!(
                        "Weakref proxy referenced a non-iterator '{}' object",
                        self.type_name(&target)
                    )));
                }
                self.next_raw(&target)
            }
            _ => Err(self.not_iterator(it)),
        }
    }

    fn not_iterator(&self, v: &Value) -> Flow {
        self.type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    fn iter_next(&mut self, cell: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
        // Simple iterators are advanced under the borrow; the others call out.
        let mut it = cell.borrow_mut();
        let result = match &mut *it {
            Iter::Seq { kind, seq, idx, .. } => {
                let r = match seq {
                    Value::List(l) => {
                        let l = l.borrow();
                        if *kind == SeqKind::ListRev {
                            if *idx < l.len() {
                                Some(l[l.len() - 1 - *idx].clone())
                            } else {
                                None
                            }
                        } else {
                            l.get(*idx).cloned()
                        }
                    }
                    Value::Tuple(t) => t.get(*idx).cloned(),
                    Value::Str(s) => {
                        // idx is a byte offset.
                        match s[(*idx).min(s.len())..].chars().next() {
                            Some(c) => {
                                *idx += c.len_utf8() - 1;
                                Some(Value::str(c.encode_utf8(&mut [0; 4])))
                            }
                            None => None,
                        }
                    }
                    Value::Bytes(b) => b.get(*idx).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    None => {
                        let k = *kind;
                        *it = Iter::Exhausted(k);
                        return Ok(None);
                    }
                }
            }
            Iter::Range { next, step, left } => {
                if *left <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                return Ok(Some(Value::Int(v)));
            }
            Iter::Dict(di) => {
                let r = di.next();
                drop(it);
                return match r {
                    Ok(v) => Ok(v),
                    Err(DictIterError::SizeChanged) => Err(self.err(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    )),
                    Err(DictIterError::Reshaped) => self.unsupported(
                        "a dict whose keys were both added and removed during its iteration",
                    ),
                };
            }
            Iter::Set { items, idx, live } => {
                if let Some((s, len)) = live {
                    if s.borrow().len() != *len {
                        *len = usize::MAX;
                        drop(it);
                        return Err(
                            self.err(ExcKind::RuntimeError, "Set changed size during iteration")
                        );
                    }
                }
                let r = items.get(*idx).cloned();
                *idx += 1;
                return Ok(r);
            }
            Iter::Exhausted(_) => return Ok(None),
            Iter::Tee { .. } => {
                drop(it);
                return crate::builtins::itertools::tee_next(self, cell);
            }
            Iter::Enumerate { it: inner, n } => {
                let inner = inner.clone();
                let i = *n;
                *n += 1;
                Some((0u8, inner, Value::Int(i)))
            }
            Iter::Zip { its, strict } => Some((1, Value::tuple(its.clone()), Value::bool(*strict))),
            Iter::Map { func, its } => Some((2, Value::tuple(its.clone()), func.clone())),
            Iter::Filter { func, it: inner } => Some((3, inner.clone(), func.clone())),
            Iter::GetItem { obj, idx } => {
                let i = *idx;
                *idx += 1;
                Some((4, obj.clone(), Value::Int(i)))
            }
            Iter::Callable { func, sentinel } => Some((5, func.clone(), sentinel.clone())),
            Iter::Reversed { obj, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let i = *idx;
                *idx -= 1;
                Some((4, obj.clone(), Value::Int(i)))
            }
        };
        drop(it);
        let (tag, a, b) = match result {
            Some(x) => x,
            None => return Ok(None),
        };
        match tag {
            0 => Ok(self.next(&a)?.map(|v| Value::tuple(vec![b, v]))),
            1 => {
                let its = match a {
                    Value::Tuple(t) => t,
                    _ => return Ok(None),
                };
                if its.is_empty() {
                    return Ok(None);
                }
                let strict = matches!(b, Value::Bool(t) if t.get());
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None if !strict => return Ok(None),
                        None => return self.zip_strict_end(&its, i),
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            2 => {
                let its = match a {
                    Value::Tuple(t) => t,
                    _ => return Ok(None),
                };
                let mut args = Vec::with_capacity(its.len());
                for i in its.iter() {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&b, Args::new(args))?))
            }
            3 => loop {
                self.tick()?;
                let v = match self.next(&a)? {
                    Some(v) => v,
                    None => return Ok(None),
                };
                let keep = if b.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&b, Args::new(vec![v.clone()]))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            5 => {
                let v = self.call(&a, Args::default())?;
                if v.is(&b) || self.eq(&v, &b)? {
                    *cell.borrow_mut() = Iter::Exhausted(SeqKind::Other);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            _ => match self.getitem(&a, &b) {
                Ok(v) => Ok(Some(v)),
                Err(Flow::Exc(e))
                    if self.is_exc_instance(&e, ExcKind::IndexError)
                        || self.is_exc_instance(&e, ExcKind::StopIteration) =>
                {
                    *cell.borrow_mut() = Iter::Exhausted(SeqKind::Other);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// Run `f` on each item of an iterable as it comes (what is done before a failure stays
    /// done, as in CPython's loops over `PyIter_Next`). A list or tuple is iterated over a
    /// snapshot, as `collect` does.
    pub fn for_each(
        &mut self,
        v: &Value,
        mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        if let Value::List(_) | Value::Tuple(_) = v {
            for x in self.collect(v)? {
                f(self, x)?;
            }
            return Ok(());
        }
        let it = self.iter(v)?;
        while let Some(x) = self.next(&it)? {
            self.tick()?;
            f(self, x)?;
        }
        Ok(())
    }

    /// `zip(strict=True)` found iterator `i` exhausted: the error of unequal lengths (as
    /// zip_next in bltinmodule.c), or the end when all are exhausted together.
    fn zip_strict_end(&mut self, its: &[Value], i: usize) -> PyResult<Option<Value>> {
        let plural = |k: usize| {
            if k == 1 {
                " 1".to_string()
            } else {
                format!("s 1-{k}")
            }
        };
        if i > 0 {
            return Err(self.value_error(format!(
                "zip() argument {} is shorter than argument{}",
                i + 1,
                plural(i)
            )));
        }
        for (j, it) in its.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                return Err(self.value_error(format!(
                    "zip() argument {} is longer than argument{}",
                    j + 1,
                    plural(j)
                )));
            }
        }
        Ok(None)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().to_vec()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    self.tick()?;
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// What `len()` makes of the value a `__len__` returned.
    pub(super) fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(usize::from(b.get())),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            other => Err(self.not_an_integer(&other)),
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            }
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::DictView(d) => d.dict.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Instance(_) => match self.call_special0(v, "__len__") {
                Some(r) => return self.len_result(r?),
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )))
                }
            },
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }
}

/// The next item of a range or list iterator when it has one (the `for` loop's fast path);
/// None when the general path must decide (other iterators, exhaustion).
#[inline]
pub(super) fn fast_next(it: Option<&Value>) -> Option<Value> {
    let Some(Value::Iter(cell)) = it else {
        return None;
    };
    let mut it = cell.try_borrow_mut().ok()?;
    match &mut *it {
        Iter::Range { next, step, left } if *left > 0 => {
            let v = *next;
            *left -= 1;
            *next = next.wrapping_add(*step);
            Some(Value::Int(v))
        }
        Iter::Seq {
            kind: SeqKind::List,
            seq: Value::List(l),
            idx,
            ..
        } => {
            let v = l.try_borrow().ok()?.get(*idx).cloned()?;
            *idx += 1;
            Some(v)
        }
        _ => None,
    }
}
