//! Arithmetic, truth and set operations, with CPython's error messages (comparisons: `compare`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Vm;
use crate::compile::{BinOp, UnOp};
use crate::value::{int, Args, Fatal, Flow, ListBuf, PyResult, ThinRc, Value};
use crate::vm::ExcKind;

/// Sizes (in bytes) above which a concatenation claims its size first (see `Vm::claim`).
const LARGE: usize = 1 << 20;

const MAX_BITS: u64 = 1 << 22;

/// Which operation divided by zero: CPython words each differently, and the wording changed
/// over versions (3.14 says `division by zero` for all but a zero raised to a negative power).
#[derive(Clone, Copy)]
pub enum ZeroDiv {
    IntFloorDiv,
    IntMod,
    IntDivmod,
    FloatDiv,
    FloatFloorDiv,
    FloatMod,
    FloatDivmod,
    /// `0 ** -1`, `0.0 ** -1`
    ZeroPow,
}

impl Vm {
    /// The ZeroDivisionError for `kind`, worded as the target CPython version words it.
    pub fn zero_division(&self, kind: ZeroDiv) -> Flow {
        let r = &self.rules;
        let message = match kind {
            ZeroDiv::ZeroPow if r.zero_division_unified => "zero to a negative power",
            ZeroDiv::ZeroPow => "0.0 cannot be raised to a negative power",
            _ if r.zero_division_unified => "division by zero",
            ZeroDiv::IntMod if r.int_mod_zero_message => "integer modulo by zero",
            ZeroDiv::IntFloorDiv | ZeroDiv::IntMod | ZeroDiv::IntDivmod => {
                "integer division or modulo by zero"
            }
            ZeroDiv::FloatDiv => "float division by zero",
            ZeroDiv::FloatFloorDiv => "float floor division by zero",
            ZeroDiv::FloatMod if r.float_mod_zero_message => "float modulo by zero",
            ZeroDiv::FloatMod => "float modulo",
            ZeroDiv::FloatDivmod => "float divmod()",
        };
        self.err(ExcKind::ZeroDivisionError, message)
    }
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::And => ("__and__", "__rand__"),
        BinOp::Or => ("__or__", "__ror__"),
        BinOp::Xor => ("__xor__", "__rxor__"),
    }
}

pub(super) fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(i64::from(b.get()) as f64),
        Value::Big(b) => b.to_f64(),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Big(_))
}

fn huge() -> Flow {
    Flow::Fatal(Box::new(Fatal::Unsupported {
        what: "integers larger than 4 million bits".into(),
        line: 0,
        column: 0,
    }))
}

impl Vm {
    pub fn binary(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        // `str % t` takes a tuple subclass's items as its arguments.
        if let (BinOp::Mod, Value::Str(_), Value::Instance(_)) = (op, a, b) {
            if let Some(p @ Value::Tuple(_)) = super::payload::payload_of(b) {
                if !user_op(b, op) {
                    return self.binary(a, &p, op, inplace);
                }
            }
        }
        // Fast path: small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinOp::Add => x.checked_add(y).map(Value::Int),
                BinOp::Sub => x.checked_sub(y).map(Value::Int),
                BinOp::Mul => x.checked_mul(y).map(Value::Int),
                BinOp::FloorDiv => {
                    return int::floordiv_i64(x, y)
                        .ok_or_else(|| self.zero_division(ZeroDiv::IntFloorDiv))
                }
                BinOp::Mod => {
                    return int::mod_i64(x, y).ok_or_else(|| self.zero_division(ZeroDiv::IntMod))
                }
                BinOp::And => Some(Value::Int(x & y)),
                BinOp::Or => Some(Value::Int(x | y)),
                BinOp::Xor => Some(Value::Int(x ^ y)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(r);
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match op {
                BinOp::Add => return Ok(Value::float(x.get() + y.get())),
                BinOp::Sub => return Ok(Value::float(x.get() - y.get())),
                BinOp::Mul => return Ok(Value::float(x.get() * y.get())),
                _ => {}
            }
        }
        if inplace {
            if let (Value::List(l), BinOp::Add) = (a, op) {
                self.for_each(b, |_, x| {
                    l.borrow_mut().push(x);
                    Ok(())
                })?;
                return Ok(a.clone());
            }
            if let (Value::List(l), BinOp::Mul) = (a, op) {
                if let Some(n) = self.index_of(b) {
                    let cur = l.borrow().clone();
                    let mut out = Vec::new();
                    for _ in 0..n.max(0) {
                        out.extend(cur.iter().cloned());
                    }
                    *l.borrow_mut() = ListBuf::from(out);
                    return Ok(a.clone());
                }
            }
            if let (Value::Dict(_), BinOp::Or) = (a, op) {
                if self.cpython().type_has("dict", "__ior__") {
                    // dict_ior: `d.update(other)` in place.
                    let update = self.getattr(a, "update")?;
                    self.call(&update, Args::new(vec![b.clone()]))?;
                    return Ok(a.clone());
                }
            }
            if let (Value::Set(s), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
                if matches!(op, BinOp::Or | BinOp::Sub | BinOp::Xor)
                    && !Self::py_elems(a)
                    && !Self::py_elems(b)
                {
                    // set_ior / set_isub / set_ixor change the set's own table.
                    if a.is(b) && op != BinOp::Or {
                        s.borrow_mut().clear();
                        return Ok(a.clone());
                    }
                    let other = match b {
                        Value::Set(o) => o.borrow().clone(),
                        Value::FrozenSet(o) => (**o).clone(),
                        _ => crate::value::PySet::new(),
                    };
                    let mut t = s.borrow_mut();
                    if op == BinOp::Or {
                        t.merge(&other);
                    } else {
                        for (h, v) in other.entries() {
                            if !t.remove(h, &v) && op == BinOp::Xor {
                                t.insert(h, v);
                            }
                        }
                    }
                    drop(t);
                    return Ok(a.clone());
                }
                if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
                    let r = self.set_op(a, b, op)?;
                    if let Value::Set(n) = r {
                        let n = n.borrow().clone();
                        *s.borrow_mut() = n;
                    }
                    return Ok(a.clone());
                }
            }
            if let Value::Instance(_) = a {
                let iname = match op {
                    BinOp::Add => "__iadd__",
                    BinOp::Sub => "__isub__",
                    BinOp::Mul => "__imul__",
                    BinOp::MatMul => "__imatmul__",
                    BinOp::TrueDiv => "__itruediv__",
                    BinOp::FloorDiv => "__ifloordiv__",
                    BinOp::Mod => "__imod__",
                    BinOp::Pow => "__ipow__",
                    BinOp::LShift => "__ilshift__",
                    BinOp::RShift => "__irshift__",
                    BinOp::And => "__iand__",
                    BinOp::Or => "__ior__",
                    BinOp::Xor => "__ixor__",
                };
                if !iname.is_empty() {
                    if let Some(m) = self.lookup_special(a, iname) {
                        let r = self.call(&m, Args::new(vec![b.clone()]))?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
            }
        }
        if let Some(r) = self.numeric(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(a, b, op)? {
            return Ok(r);
        }
        // User-defined operators.
        let (name, rname) = dunder(op);
        if let Value::Instance(_) = a {
            if let Some(m) = self.lookup_special(a, name) {
                let r = self.call(&m, Args::new(vec![b.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Instance(_) = b {
            if let Some(m) = self.lookup_special(b, rname) {
                let r = self.call(&m, Args::new(vec![a.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // A subclass of a built-in type: the built-in's operator on its value.
        let (pa, pb) = (
            super::payload::payload_of(a).filter(|_| !user_op(a, op)),
            super::payload::payload_of(b).filter(|_| !user_op(b, op)),
        );
        if pa.is_some() || pb.is_some() {
            let x = pa.clone().unwrap_or_else(|| a.clone());
            let y = pb.unwrap_or_else(|| b.clone());
            let r = match self.binary(&x, &y, op, inplace) {
                Err(Flow::Exc(e)) if self.is_exc_instance(&e, ExcKind::TypeError) => {
                    // The error names the subclass, as the original operands' would.
                    let msg = self.str_of(&e)?;
                    if msg.starts_with("unsupported operand") {
                        return Err(self.binop_error(a, b, op, inplace));
                    }
                    return Err(Flow::Exc(e));
                }
                r => r?,
            };
            // An in-place operator on a list, set or dict returns the object itself.
            if inplace && pa.is_some_and(|p| p.is(&r)) {
                return Ok(a.clone());
            }
            return Ok(r);
        }
        // `seq * obj`: the sequence's repeat takes any object with `__index__`.
        if op == BinOp::Mul {
            let seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                )
            };
            if seq(a) {
                if let Some(n) = self.index_value(b)? {
                    return self.binary(a, &n, op, inplace);
                }
            } else if seq(b) {
                if let Some(n) = self.index_value(a)? {
                    return self.binary(&n, b, op, inplace);
                }
            }
        }
        Err(self.binop_error(a, b, op, inplace))
    }

    /// `operator.index(v)` for a user object: the int its `__index__` returns (checked), or
    /// None when `v` is no instance with `__index__`. Ints and bools are returned as they are.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match v {
            Value::Int(_) | Value::Big(_) | Value::Bool(_) => Ok(Some(v.clone())),
            Value::Instance(_) => {
                let Some(m) = self.lookup_special(v, "__index__") else {
                    return Ok(None);
                };
                let r = self.call(&m, Args::default())?;
                match r {
                    Value::Int(_) | Value::Big(_) => Ok(Some(r)),
                    // CPython warns (a strict subclass of int is deprecated) and goes on.
                    Value::Bool(_) => self.unsupported("__index__ returning a bool"),
                    _ if self.rules.index_message_names_method => Err(self.type_error(format!(
                        "{}.__index__() must return an int, not {}",
                        self.type_name(v),
                        self.type_name(&r)
                    ))),
                    _ => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            _ => Ok(None),
        }
    }

    /// `v`, or the int of its `__index__` when it is an instance that has one.
    pub fn indexed(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Instance(_) => Ok(self.index_value(v)?.unwrap_or_else(|| v.clone())),
            _ => Ok(v.clone()),
        }
    }

    fn binop_error(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> Flow {
        match (a, op) {
            (Value::Str(_), BinOp::Add) => {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                ))
            }
            (Value::List(_), BinOp::Add) if !inplace => {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ))
            }
            (Value::Tuple(_), BinOp::Add) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ))
            }
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul)
                if !is_int(b) =>
            {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(b)
                ))
            }
            _ => {}
        }
        if let (Value::Str(_) | Value::List(_) | Value::Tuple(_), BinOp::Mul) = (b, op) {
            if !is_int(a) {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(a)
                ));
            }
        }
        let sym = op_symbol(op);
        let sym = if inplace {
            match op {
                BinOp::Pow => "**=".to_string(),
                _ => format!("{sym}="),
            }
        } else {
            sym.to_string()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn numeric(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        if is_int(a) && is_int(b) {
            return self.int_op(a, b, op).map(Some);
        }
        let (x, y) = match (a, b) {
            (Value::Float(_), _) | (_, Value::Float(_)) => match (as_float(a), as_float(b)) {
                (Some(x), Some(y)) => (x, y),
                _ => {
                    if (is_int(a) && matches!(b, Value::Float(_)))
                        || (is_int(b) && matches!(a, Value::Float(_)))
                    {
                        return Err(
                            self.err(ExcKind::OverflowError, "int too large to convert to float")
                        );
                    }
                    return Ok(None);
                }
            },
            _ => return Ok(None),
        };
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division(ZeroDiv::FloatDiv));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division(ZeroDiv::FloatFloorDiv));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division(ZeroDiv::FloatMod));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division(ZeroDiv::ZeroPow));
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return self.unsupported("complex numbers");
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.err(
                        ExcKind::OverflowError,
                        "(34, 'Numerical result out of range')",
                    ));
                }
                r
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::float(r)))
    }

    fn int_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (x, y) = match (int::to_big(a), int::to_big(b)) {
            (Some(x), Some(y)) => (x, y),
            _ => return Err(self.type_error("bad int")),
        };
        Ok(match op {
            BinOp::Add => int::add(&x, &y),
            BinOp::Sub => int::sub(&x, &y),
            BinOp::Mul => {
                if x.bits() + y.bits() > MAX_BITS {
                    return Err(huge());
                }
                int::mul(&x, &y)
            }
            BinOp::FloorDiv => {
                int::floordiv(&x, &y).ok_or_else(|| self.zero_division(ZeroDiv::IntFloorDiv))?
            }
            BinOp::Mod => int::modulo(&x, &y).ok_or_else(|| self.zero_division(ZeroDiv::IntMod))?,
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.err(ExcKind::ZeroDivisionError, "division by zero"));
                }
                match (int::to_f64(&x), int::to_f64(&y)) {
                    (Some(p), Some(q)) => Value::float(p / q),
                    _ => {
                        return Err(self.err(
                            ExcKind::OverflowError,
                            "integer division result too large for a float",
                        ))
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division(ZeroDiv::ZeroPow));
                    }
                    let (p, q) = (
                        x.to_f64().unwrap_or(f64::INFINITY),
                        y.to_f64().unwrap_or(0.0),
                    );
                    Value::float(p.powf(q))
                } else {
                    let e = match y.to_u64() {
                        Some(e) => e,
                        None => return Err(huge()),
                    };
                    if x.bits() as u128 * e as u128 > MAX_BITS as u128
                        && !(x.is_zero() || x == BigInt::from(1) || x == BigInt::from(-1))
                    {
                        return Err(huge());
                    }
                    self.claim((x.bits().saturating_mul(e) / 8) as usize)?;
                    let e = (e.min(u32::MAX as u64)) as u32;
                    int::pow(&x, e)
                }
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if x.is_zero() {
                    Value::Int(0)
                } else {
                    if x.bits() + s > MAX_BITS {
                        return Err(huge());
                    }
                    int::from_big(x << s as usize)
                }
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().unwrap_or(u64::MAX);
                if s > x.bits() {
                    Value::Int(if x.is_negative() { -1 } else { 0 })
                } else {
                    int::from_big(x >> s as usize)
                }
            }
            BinOp::And => int::from_big(x & y),
            BinOp::Or => int::from_big(x | y),
            BinOp::Xor => int::from_big(x ^ y),
            BinOp::MatMul => return Err(self.binop_error(a, b, op, false)),
        })
    }

    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        Ok(Some(match (a, b, op) {
            (Value::Str(x), Value::Str(y), BinOp::Add) => {
                if x.len() + y.len() > LARGE {
                    self.claim(x.len() + y.len())?;
                }
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Value::str(&s)
            }
            (Value::Str(_), _, BinOp::Mod) => {
                let s = self.percent_format(a, b)?;
                Value::str(&s)
            }
            (Value::Bytes(x), Value::Bytes(y), BinOp::Add) => {
                Value::Bytes(ThinRc::from([&x[..], &y[..]].concat()))
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                let mut v = x.borrow().to_vec();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _, BinOp::Mul)
                if is_int(b) =>
            {
                return self.repeat(a, b).map(Some)
            }
            (_, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul)
                if is_int(a) =>
            {
                return self.repeat(b, a).map(Some)
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_), _)
                if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) =>
            {
                return self.set_op(a, b, op).map(Some)
            }
            // dict_keys / dict_items are set-like: the operation runs on sets of their
            // elements (and of the other operand's), giving a set.
            (Value::DictView(v), _, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if v.kind != crate::value::ViewKind::Values =>
            {
                let (x, y) = (self.as_set(a)?, self.as_set(b)?);
                return self.set_op(&x, &y, op).map(Some);
            }
            (_, Value::DictView(v), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if v.kind != crate::value::ViewKind::Values && !matches!(a, Value::Instance(_)) =>
            {
                let (x, y) = (self.as_set(a)?, self.as_set(b)?);
                return self.set_op(&x, &y, op).map(Some);
            }
            // PEP 584 (3.9): dict has `|` where CPython's dict has `__or__`.
            (Value::Dict(x), Value::Dict(y), BinOp::Or)
                if self.cpython().type_has("dict", "__or__") =>
            {
                let mut d = x.borrow().clone();
                for (k, v) in y.borrow().map.iter() {
                    d.insert(k.clone(), v.clone());
                }
                Value::dict(d)
            }
            _ => return Ok(None),
        }))
    }

    /// A set of the elements of an iterable (a set stays itself).
    pub(super) fn as_set(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Set(_) | Value::FrozenSet(_) = v {
            return Ok(v.clone());
        }
        let mut out = crate::value::PySet::new();
        for x in self.collect(v)? {
            self.set_add(&mut out, x)?;
        }
        Ok(Value::set(out))
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match self.index_of(n) {
            Some(n) => n.max(0) as usize,
            None => {
                return Err(self.err(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        let len = match seq {
            Value::Str(s) => s.len(),
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        let item = match seq {
            Value::List(_) | Value::Tuple(_) => std::mem::size_of::<Value>(),
            _ => 1,
        };
        self.claim(len.saturating_mul(n).saturating_mul(item))?;
        if len.saturating_mul(n) > 50_000_000 {
            return Err(Flow::Fatal(Box::new(Fatal::Unsupported {
                what: "sequences longer than 50 million items".into(),
                line: 0,
                column: 0,
            })));
        }
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::Bytes(b) => Value::Bytes(ThinRc::from(b.repeat(n))),
            Value::List(l) => {
                let src = l.borrow();
                let mut v = Vec::with_capacity(src.len() * n);
                for _ in 0..n {
                    v.extend(src.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            other => other.clone(),
        })
    }

    /// An int usable as an index (ints and bools).
    pub fn index_of(&self, v: &Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(i64::from(b.get())),
            _ => None,
        }
    }

    /// An int argument (`chr(i)`, `tee(it, n)`): [`Vm::index_of`] or CPython's TypeError.
    pub fn index_arg(&mut self, v: &Value) -> PyResult<i64> {
        let v = &self.indexed(v)?;
        self.index_of(v).ok_or_else(|| self.not_an_integer(v))
    }

    /// `'T' object cannot be interpreted as an integer`.
    pub fn not_an_integer(&self, v: &Value) -> Flow {
        self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        ))
    }

    pub fn unary(&mut self, v: &Value, op: UnOp) -> PyResult<Value> {
        match (v, op) {
            (Value::Int(i), UnOp::Neg) => Ok(i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or_else(|| int::from_big(-BigInt::from(*i)))),
            (Value::Bool(b), UnOp::Neg) => Ok(Value::Int(-i64::from(b.get()))),
            (Value::Big(b), UnOp::Neg) => Ok(int::from_big(-(**b).clone())),
            (Value::Float(f), UnOp::Neg) => Ok(Value::float(-f.get())),
            (Value::Int(_) | Value::Big(_) | Value::Float(_), UnOp::Pos) => Ok(v.clone()),
            (Value::Bool(b), UnOp::Pos) => Ok(Value::Int(i64::from(b.get()))),
            (Value::Int(i), UnOp::Invert) => Ok(Value::Int(!i)),
            (Value::Bool(b), UnOp::Invert) => Ok(Value::Int(!i64::from(b.get()))),
            (Value::Big(b), UnOp::Invert) => Ok(int::from_big(-(**b).clone() - 1)),
            _ => {
                let (name, sym) = match op {
                    UnOp::Neg => ("__neg__", "-"),
                    UnOp::Pos => ("__pos__", "+"),
                    UnOp::Invert => ("__invert__", "~"),
                };
                if let Value::Instance(_) = v {
                    if let Some(m) = self.lookup_special(v, name) {
                        return self.call(&m, Args::default());
                    }
                }
                Err(self.type_error(format!(
                    "bad operand type for unary {sym}: '{}'",
                    self.type_name(v)
                )))
            }
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b.get(),
            Value::None | Value::Undef => false,
            Value::Int(i) => *i != 0,
            Value::Big(_) => true,
            Value::Float(f) => f.get() != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => r.len() > 0,
            Value::DictView(d) => !d.dict.borrow().is_empty(),
            Value::WeakRef(w) if w.kind == crate::value::WeakKind::Proxy => {
                let target = self.proxy_target(w)?;
                return self.truthy(&target);
            }
            Value::Instance(i) if i.exc.is_none() => {
                // What a class statement's class (no built-in base with a payload) has under
                // these names changes only with its version tag.
                let cls = &i.class;
                let cacheable = !cls.builtin && !cls.base_type.has_payload();
                if cacheable && cls.cache.plain_truth() {
                    return Ok(true);
                }
                if let Some(r) = self.call_special0(v, "__bool__") {
                    let r = r?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        _ => Err(self.bad_special_return(v, "__bool__", super::Returns::Bool, &r)),
                    };
                }
                return match self.call_special0(v, "__len__") {
                    Some(r) => Ok(self.len_result(r?)? > 0),
                    None => {
                        if cacheable {
                            i.class.cache.set_plain_truth();
                        }
                        Ok(true)
                    }
                };
            }
            _ => true,
        })
    }

    pub fn set_entries(&self, v: &Value) -> Vec<(i64, Value)> {
        match v {
            Value::Set(s) => s.borrow().entries().collect(),
            Value::FrozenSet(s) => s.entries().collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn subset(&self, items: &[(i64, Value)], of: &Value) -> bool {
        items.iter().all(|(h, v)| match of {
            Value::Set(s) => s.borrow().contains_hashed(*h, v),
            Value::FrozenSet(s) => s.contains_hashed(*h, v),
            _ => false,
        })
    }

    /// Does the set `v` hold an element with a user `__eq__`? Set algebra and comparison
    /// between such sets (which elements CPython compares, in which order) is not modelled.
    pub(super) fn py_elems(v: &Value) -> bool {
        match v {
            Value::Set(s) => s.borrow().py_elems,
            Value::FrozenSet(s) => s.py_elems,
            _ => false,
        }
    }

    pub fn set_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if Self::py_elems(a) || Self::py_elems(b) {
            return self.unsupported("set operations on elements with a user-defined __eq__");
        }
        let x = self.set_entries(a);
        let y = self.set_entries(b);
        let mut out = crate::value::PySet::new();
        let in_b = |h: i64, v: &Value| match b {
            Value::Set(s) => s.borrow().contains_hashed(h, v),
            Value::FrozenSet(s) => s.contains_hashed(h, v),
            _ => false,
        };
        let in_a = |h: i64, v: &Value| match a {
            Value::Set(s) => s.borrow().contains_hashed(h, v),
            Value::FrozenSet(s) => s.contains_hashed(h, v),
            _ => false,
        };
        let as_set = |v: &Value, entries: &[(i64, Value)]| match v {
            Value::Set(s) => s.borrow().clone(),
            Value::FrozenSet(s) => (**s).clone(),
            _ => {
                let mut o = crate::value::PySet::new();
                for (h, e) in entries {
                    o.insert(*h, e.clone());
                }
                o
            }
        };
        match op {
            BinOp::Or => {
                // set_union: a copy of the left operand, merged with the right one.
                out = as_set(a, &x).merged_copy();
                out.merge(&as_set(b, &y));
            }
            BinOp::And => {
                // set_intersection walks the right operand unless it is the larger one.
                let (walk, big_is_b) = if y.len() > x.len() {
                    (x, true)
                } else {
                    (y, false)
                };
                for (h, v) in walk {
                    let present = if big_is_b { in_b(h, &v) } else { in_a(h, &v) };
                    if present {
                        out.insert(h, v);
                    }
                }
            }
            BinOp::Sub if x.len() >> 2 > y.len() => {
                // set_copy_and_difference, when the left operand is much the larger.
                out = as_set(a, &x).merged_copy();
                for (h, v) in y {
                    out.remove(h, &v);
                }
            }
            BinOp::Sub => {
                for (h, v) in x {
                    if !in_b(h, &v) {
                        out.insert(h, v);
                    }
                }
            }
            _ => {
                // set_symmetric_difference: a copy of the right operand, from which each
                // element of the left one is discarded, or to which it is added.
                out = as_set(b, &y).merged_copy();
                for (h, v) in x {
                    if !out.remove(h, &v) {
                        out.insert(h, v);
                    }
                }
            }
        }
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(Rc::new(out)),
            _ => Value::set(out),
        })
    }
}

/// CPython's float divmod.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Does the class of subclass instance `v` define operator `op` (or its reflection)?
fn user_op(v: &Value, op: BinOp) -> bool {
    let Value::Instance(i) = v else { return false };
    let (name, rname) = dunder(op);
    super::payload::user_defines(&i.class, name).is_some()
        || super::payload::user_defines(&i.class, rname).is_some()
}
