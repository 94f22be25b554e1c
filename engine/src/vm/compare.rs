//! Comparisons: rich equality, ordering (with CPython's error messages), `in` / `not in`.

use std::cmp::Ordering;

use super::arith::as_float;
use super::Vm;
use crate::compile::CmpOp;
use crate::value::{int, Args, PyResult, Str, Value};

impl Vm {
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        // Two strings (`state == "PENDING"`): neither can be an instance with a payload or
        // have a user `__eq__`.
        if let (Value::Str(x), Value::Str(y), CmpOp::Eq | CmpOp::Ne) = (a, b, op) {
            let same = Str::ptr_eq(x, y) || **x == **y;
            return Ok(Value::bool(same == matches!(op, CmpOp::Eq)));
        }
        if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
            if let Some((x, y)) = payload_operands(a, b) {
                return self.compare(&x, &y, op);
            }
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int_order(op, *x, *y) {
                return Ok(Value::bool(r));
            }
            if matches!(op, CmpOp::In | CmpOp::NotIn) {
                return Err(self.type_error("argument of type 'int' is not iterable"));
            }
        }
        Ok(Value::bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::Ne => return self.rich_eq(a, b, true),
            _ => self.ordering(a, b, op)?,
        }))
    }

    /// `a == b` / `a != b` as an expression (user `__eq__` results are returned as is).
    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            for (x, y) in [(a, b), (b, a)] {
                if let Value::Instance(_) = x {
                    let name = if negate { "__ne__" } else { "__eq__" };
                    if let Some(m) = self.lookup_special(x, name) {
                        let r = self.call(&m, Args::new(vec![y.clone()]))?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    } else if negate {
                        if let Some(m) = self.lookup_special(x, "__eq__") {
                            let r = self.call(&m, Args::new(vec![y.clone()]))?;
                            if !matches!(r, Value::NotImplemented) {
                                return Ok(Value::bool(!self.truthy(&r)?));
                            }
                        }
                    }
                }
            }
            return Ok(Value::bool(a.is(b) != negate));
        }
        let r = self.eq(a, b)?;
        Ok(Value::bool(r != negate))
    }

    /// Python equality as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some((x, y)) = payload_operands(a, b) {
            return self.eq(&x, &y);
        }
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => x == y,
            (Str(x), Str(y)) => x == y,
            (None, None) => true,
            (Int(_) | Bool(_) | Big(_) | Float(_), Int(_) | Bool(_) | Big(_) | Float(_)) => {
                if let (Float(_), _) | (_, Float(_)) = (a, b) {
                    as_float(a) == as_float(b)
                } else {
                    int::to_big(a) == int::to_big(b)
                }
            }
            (Bytes(x), Bytes(y)) => x == y,
            (Tuple(x), Tuple(y)) => self.seq_eq(x, y)?,
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)?
            }
            (Dict(x), Dict(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.py_keys || y.py_keys {
                    return self
                        .unsupported("comparing dicts with keys with a user-defined __eq__");
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.map.iter() {
                    match y.get(k) {
                        Some(w) => {
                            if !(v.is(w) || self.eq(v, w)?) {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
                true
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                if Self::py_elems(a) || Self::py_elems(b) {
                    return self
                        .unsupported("comparing sets of elements with a user-defined __eq__");
                }
                let (x, y) = (self.set_entries(a), self.set_entries(b));
                x.len() == y.len() && self.subset(&x, b)
            }
            (Method(x), Method(y)) => {
                x.self_.is(&y.self_) && (x.func.is(&y.func) || self.eq(&x.func, &y.func)?)
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.rich_eq(a, b, false)?;
                self.truthy(&r)?
            }
            (DictView(_), Set(_) | FrozenSet(_)) | (Set(_) | FrozenSet(_), DictView(_))
                if set_like_view(a) || set_like_view(b) =>
            {
                let (x, y) = (self.as_set(a)?, self.as_set(b)?);
                return self.eq(&x, &y);
            }
            (DictView(x), DictView(y)) => {
                if x.kind == crate::value::ViewKind::Values
                    || y.kind == crate::value::ViewKind::Values
                {
                    a.is(b)
                } else {
                    let xa = self.collect(a)?;
                    let yb = self.collect(b)?;
                    xa.len() == yb.len() && {
                        let mut all = true;
                        for e in &xa {
                            if !self.contains(b, e)? {
                                all = false;
                                break;
                            }
                        }
                        all
                    }
                }
            }
            _ => a.is(b),
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !(p.is(q) || self.eq(p, q)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn ordering(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        if let Some(ord) = self.try_cmp(a, b)? {
            return Ok(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::Le => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                CmpOp::Ge => ord != Ordering::Less,
                _ => false,
            });
        }
        // NaN comparisons.
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            if x.is_nan() || y.is_nan() {
                return Ok(false);
            }
        }
        // dict_keys / dict_items against a set or another such view: as sets.
        if set_like_view(a)
            && (set_like_view(b) || matches!(b, Value::Set(_) | Value::FrozenSet(_)))
            || set_like_view(b) && matches!(a, Value::Set(_) | Value::FrozenSet(_))
        {
            let (x, y) = (self.as_set(a)?, self.as_set(b)?);
            return self.ordering(&x, &y, op);
        }
        // Sets: subset relations.
        if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
            if Self::py_elems(a) || Self::py_elems(b) {
                return self.unsupported("comparing sets of elements with a user-defined __eq__");
            }
            let (x, y) = (self.set_entries(a), self.set_entries(b));
            return Ok(match op {
                CmpOp::Le => self.subset(&x, b),
                CmpOp::Lt => x.len() < y.len() && self.subset(&x, b),
                CmpOp::Ge => self.subset(&y, a),
                CmpOp::Gt => y.len() < x.len() && self.subset(&y, a),
                _ => false,
            });
        }
        let (name, rname, sym) = match op {
            CmpOp::Lt => ("__lt__", "__gt__", "<"),
            CmpOp::Le => ("__le__", "__ge__", "<="),
            CmpOp::Gt => ("__gt__", "__lt__", ">"),
            _ => ("__ge__", "__le__", ">="),
        };
        for (x, y, n) in [(a, b, name), (b, a, rname)] {
            if let Value::Instance(_) = x {
                if let Some(m) = self.lookup_special(x, n) {
                    let r = self.call(&m, Args::new(vec![y.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return self.truthy(&r);
                    }
                }
            }
        }
        Err(self.type_error(format!(
            "'{sym}' not supported between instances of '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// Total order for built-in comparable values; None when not comparable.
    pub fn try_cmp(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Int(_) | Bool(_) | Big(_), Int(_) | Bool(_) | Big(_)) => {
                int::to_big(a).partial_cmp(&int::to_big(b))
            }
            (Int(_) | Bool(_) | Big(_) | Float(_), Int(_) | Bool(_) | Big(_) | Float(_)) => {
                match (as_float(a), as_float(b)) {
                    (Some(x), Some(y)) => x.partial_cmp(&y),
                    _ => Option::None,
                }
            }
            (Str(x), Str(y)) => Some(x.cmp(y)),
            (Bytes(x), Bytes(y)) => Some(x.cmp(y)),
            (Tuple(x), Tuple(y)) => self.seq_cmp(x, y, a, b)?,
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_cmp(&x, &y, a, b)?
            }
            _ => Option::None,
        })
    }

    fn seq_cmp(
        &mut self,
        x: &[Value],
        y: &[Value],
        _a: &Value,
        _b: &Value,
    ) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) || self.eq(p, q)? {
                continue;
            }
            if let Some(o) = self.try_cmp(p, q)? {
                return Ok(Some(o));
            }
            let lt = self.ordering(p, q, CmpOp::Lt)?;
            return Ok(Some(if lt {
                Ordering::Less
            } else {
                Ordering::Greater
            }));
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(l) => {
                let items = l.borrow().to_vec();
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.contains(&**i)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Dict(d) => {
                let k = self.dict_key(d, item.clone())?;
                Ok(d.borrow().get(&k).is_some())
            }
            Value::DictView(v) if v.kind == crate::value::ViewKind::Keys => {
                let k = self.dict_key(&v.dict, item.clone())?;
                Ok(v.dict.borrow().get(&k).is_some())
            }
            Value::Set(_) | Value::FrozenSet(_) => {
                let k = self.set_value_key(container, item.clone())?;
                Ok(match container {
                    Value::Set(s) => s.borrow().contains_hashed(k.hash, &k.value),
                    Value::FrozenSet(s) => s.contains_hashed(k.hash, &k.value),
                    _ => false,
                })
            }
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => {
                    let items = self.collect(container)?;
                    let mut found = false;
                    for x in &items {
                        if self.eq(x, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(s) => Ok(s.is_empty() || b.windows(s.len()).any(|w| w == &s[..])),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            _ => {
                if let Value::Instance(_) = container {
                    if let Some(m) = self.lookup_special(container, "__contains__") {
                        let r = self.call(&m, Args::new(vec![item.clone()]))?;
                        return self.truthy(&r);
                    }
                }
                if !self.is_iterable(container) {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    )));
                }
                let it = self.iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

/// `x op y` for an ordering or equality `op` on two small ints; None for the other operators.
#[inline]
pub(super) fn int_order(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return None,
    })
}

/// A `dict_keys` or `dict_items` view (set-like; `dict_values` is not).
fn set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(d) if d.kind != crate::value::ViewKind::Values)
}

/// The operands of a comparison with the built-in values of subclass instances whose
/// classes define no rich comparison (the built-in type's comparison applies); None when
/// neither is such an instance.
fn payload_operands(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let sub = |v: &Value| -> Option<Value> {
        let Value::Instance(i) = v else { return None };
        if !i.class.base_type.has_payload() {
            return None;
        }
        let defines = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
            .iter()
            .any(|n| super::payload::user_defines(&i.class, n).is_some());
        if defines {
            return None;
        }
        super::payload::payload_of(v)
    };
    match (sub(a), sub(b)) {
        (None, None) => None,
        (x, y) => Some((
            x.unwrap_or_else(|| a.clone()),
            y.unwrap_or_else(|| b.clone()),
        )),
    }
}
