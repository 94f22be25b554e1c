//! Integer arithmetic: i64 fast path, arbitrary precision (num-bigint) on overflow.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Value;

/// Normalise a BigInt into a Value (small ints stay unboxed).
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Big(Rc::new(b)),
    }
}

/// The integer value of an int or bool as a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(b.get()))),
        Value::Big(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn add(a: &BigInt, b: &BigInt) -> Value {
    from_big(a + b)
}

pub fn sub(a: &BigInt, b: &BigInt) -> Value {
    from_big(a - b)
}

pub fn mul(a: &BigInt, b: &BigInt) -> Value {
    from_big(a * b)
}

/// Floor division; None on division by zero.
pub fn floordiv(a: &BigInt, b: &BigInt) -> Option<Value> {
    if b.is_zero() {
        return None;
    }
    Some(from_big(a.div_floor(b)))
}

pub fn modulo(a: &BigInt, b: &BigInt) -> Option<Value> {
    if b.is_zero() {
        return None;
    }
    Some(from_big(a.mod_floor(b)))
}

pub fn floordiv_i64(a: i64, b: i64) -> Option<Value> {
    if b == 0 {
        return None;
    }
    match a.checked_div_euclid(b) {
        Some(_) => {
            let q = a / b;
            let r = a % b;
            let q = if r != 0 && ((r < 0) != (b < 0)) {
                q - 1
            } else {
                q
            };
            Some(Value::Int(q))
        }
        None => floordiv(&BigInt::from(a), &BigInt::from(b)),
    }
}

pub fn mod_i64(a: i64, b: i64) -> Option<Value> {
    if b == 0 {
        return None;
    }
    match a.checked_rem(b) {
        Some(r) => {
            let r = if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            };
            Some(Value::Int(r))
        }
        None => Some(Value::Int(0)),
    }
}

/// a ** b for b >= 0.
pub fn pow(a: &BigInt, b: u32) -> Value {
    from_big(num_traits::pow::Pow::pow(a, b))
}

pub fn to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

pub fn is_negative(b: &BigInt) -> bool {
    b.is_negative()
}

/// Decimal text of an int value, with CPython 3.11's 4300-digit limit.
pub fn int_repr(v: &Value) -> Result<String, String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Big(b) => {
            if b.bits() > 14300 {
                let s = b.to_string();
                let digits = s.trim_start_matches('-').len();
                if digits > 4300 {
                    return Err("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".into());
                }
                return Ok(s);
            }
            Ok(b.to_string())
        }
        Value::Bool(b) => Ok(i64::from(b.get()).to_string()),
        _ => Ok(String::new()),
    }
}

pub fn to_str_radix(b: &BigInt, radix: u32) -> String {
    b.to_str_radix(radix)
}
