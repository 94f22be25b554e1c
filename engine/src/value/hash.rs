//! Hashing and key equality of values as dicts and sets use them: CPython's numeric, tuple
//! and frozenset hashes, and equality that runs no Python code.

use num_bigint::BigInt;

use super::{thin, user_special, Value};

/// CPython's hash of a 64-bit int (modulo 2**61 - 1).
pub fn hash_i64(i: i64) -> i64 {
    const M: i128 = (1i128 << 61) - 1;
    let v = i as i128;
    let mut h = (v.abs() % M) as i64;
    if v < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let m = BigInt::from((1i64 << 61) - 1);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    // CPython's algorithm for non-integral floats.
    const BITS: u32 = 61;
    const M: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & M) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub(crate) fn hash_str(s: &str) -> i64 {
    // FNV-1a: deterministic (CPython randomises str hashes; cases do not print str sets).
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// One element's step of CPython's tuple hash (xxHash-based, 3.8+).
fn tuple_hash_step(acc: u64, lane: i64) -> u64 {
    let acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
    acc.rotate_left(31).wrapping_mul(XXPRIME_1)
}

fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's tuple hash.
fn hash_tuple(items: &[Value]) -> Option<i64> {
    let mut acc = XXPRIME_5;
    for it in items {
        acc = tuple_hash_step(acc, py_hash(it)?);
    }
    Some(tuple_hash_finish(acc, items.len()))
}

/// CPython's tuple hash of elements with these hashes.
pub fn hash_tuple_lanes(lanes: &[i64]) -> i64 {
    let acc = lanes
        .iter()
        .fold(XXPRIME_5, |acc, &l| tuple_hash_step(acc, l));
    tuple_hash_finish(acc, lanes.len())
}

/// Python's `hash()` for values whose hash needs no Python code; None if unhashable.
pub fn py_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Bool(b) => i64::from(b.get()),
        Value::Int(i) => hash_i64(*i),
        Value::Big(b) => hash_big(b),
        Value::Float(f) => hash_f64(f.get()),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => hash_str(&String::from_utf8_lossy(b)),
        Value::Tuple(t) => return hash_tuple(t),
        Value::FrozenSet(s) => {
            let mut h: u64 = 0;
            for (eh, _) in s.entries() {
                let x = eh as u64;
                h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
            }
            h as i64
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::DictView(_) => {
            return None
        }
        Value::Undef => 0,
        Value::None => 0xFCA86420 >> 4,
        // A bound method: its receiver's identity and its function's hash (equal methods
        // hash alike, see `key_eq`).
        Value::Method(m) => {
            let a = m.self_.addr().unwrap_or(0);
            (a >> 4 | a << 60) as i64 ^ py_hash(&m.func)?
        }
        other => {
            let a = other.addr().unwrap_or(0);
            (a >> 4 | a << 60) as i64
        }
    })
}

/// Does comparing the key `v` with another run Python code (a user `__eq__`, also inside a
/// tuple)? Then dicts and sets compare it through the VM (`Vm::dict_key`).
pub fn needs_py_eq(v: &Value) -> bool {
    match v {
        Value::Instance(i) if i.class.base_type.has_payload() => true,
        Value::Instance(_) => {
            matches!(user_special(v, "__eq__"), Some(m) if !matches!(m, Value::None))
        }
        Value::Tuple(t) => t.iter().any(needs_py_eq),
        _ => false,
    }
}

/// Equality of values usable as dict keys / set elements (no Python code runs).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => thin::Str::ptr_eq(x, y) || x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == i64::from(y.get()),
        (Float(x), Float(y)) => x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == y.get() && y.get().fract() == 0.0,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (i64::from(x.get()) as f64) == y.get(),
        (Big(x), Big(y)) => x == y,
        (Big(x), Float(y)) | (Float(y), Big(x)) => {
            use num_traits::ToPrimitive;
            x.to_f64() == Some(y.get()) && y.get().fract() == 0.0
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| p.is(q) || key_eq(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|e| y.contains(&e)),
        // Bound methods are equal when bound to the same object (identity, as CPython 3.8+)
        // with equal functions: `obj.m == obj.m`, though each access makes a new method.
        (Method(x), Method(y)) => {
            x.self_.is(&y.self_) && (x.func.is(&y.func) || key_eq(&x.func, &y.func))
        }
        _ => a.is(b),
    }
}
