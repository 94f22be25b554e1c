//! Integer arguments of built-in functions and methods as CPython converts them: a
//! `Py_ssize_t` argument (`__index__`, TypeError for other types, OverflowError beyond 64
//! bits) and the optional start/end of `str.find`, `list.index`, … (`_PyEval_SliceIndex`).

use crate::value::{PyResult, Value};
use crate::vm::{ExcKind, Vm};

/// A `Py_ssize_t` argument: an int or an object with `__index__`; "'T' object cannot be
/// interpreted as an integer" for anything else, OverflowError beyond 64 bits.
pub(crate) fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) && vm.rules.ssize_arg_float_message {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let v = vm.indexed(v)?;
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b.get())),
        Value::Big(_) => Err(vm.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(vm.not_an_integer(&other)),
    }
}

/// An optional `Py_ssize_t` argument: absent is `default`.
pub(crate) fn ssize_or(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => ssize(vm, v),
        None => Ok(default),
    }
}

/// Which values a slice bound accepts besides ints and `__index__` objects.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Bound {
    /// `str.find(sub, start, end)` and kin: None means "not given".
    NoneAllowed,
    /// `list.index(x, start, stop)`: None is a TypeError.
    IntOnly,
}

/// A start/end argument (`_PyEval_SliceIndex`): None (where allowed) or absent is None;
/// ints beyond 64 bits are clipped, as CPython clips them to `PY_SSIZE_T_MAX`/`MIN`.
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>, kind: Bound) -> PyResult<Option<i64>> {
    let Some(v) = v else {
        return Ok(None);
    };
    if kind == Bound::NoneAllowed && matches!(v, Value::None) {
        return Ok(None);
    }
    let has_index = matches!(v, Value::Int(_) | Value::Bool(_) | Value::Big(_))
        || (matches!(v, Value::Instance(_)) && vm.lookup_special(v, "__index__").is_some());
    if !has_index {
        let msg = match kind {
            Bound::NoneAllowed if !vm.rules.slice_index_message_without_none => {
                "slice indices must be integers or None or have an __index__ method"
            }
            Bound::NoneAllowed => "slice indices must be integers or have an __index__ method",
            Bound::IntOnly => "slice indices must be integers or have an __index__ method",
        };
        return Err(vm.type_error(msg));
    }
    Ok(Some(match vm.indexed(v)? {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b.get()),
        Value::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    }))
}

/// CPython's ADJUST_INDICES: negative bounds count from the end (not below 0), the end is
/// clipped to `len`; the start is not (a start past the end finds nothing).
pub(crate) fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let n = len as i64;
    let from_end = |i: i64| if i < 0 { i.saturating_add(n).max(0) } else { i };
    let start = from_end(start.unwrap_or(0));
    let end = from_end(end.unwrap_or(n)).min(n);
    (start as usize, end as usize)
}

/// `pow(base, exp, mod)` (long_pow with a modulus): ints only, exact modular
/// exponentiation, a negative exponent through the modular inverse (3.8+).
pub(crate) fn pow_mod(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    use crate::value::int;
    use num_integer::Integer;
    use num_traits::{One, Signed, Zero};
    let ints = [base, exp, m].map(|v| match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => int::to_big(v),
        _ => None,
    });
    let [Some(b), Some(e), Some(md)] = ints else {
        let number = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_)
            )
        };
        if [base, exp, m].iter().all(|v| number(v)) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return vm.unsupported("pow() with a modulus of objects that are not numbers");
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    let mut b = b.mod_floor(&modulus);
    let mut e = e;
    if e.is_negative() {
        // The inverse of b modulo |m|, by the extended Euclidean algorithm.
        let g = b.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&modulus);
        e = -e;
    }
    let mut r = b.modpow(&e, &modulus);
    // The result takes the modulus's sign, as Python's % does.
    if md.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(int::from_big(r))
}

/// A `bool(accept={int})` argument (`list.sort`'s reverse, `str.splitlines`' keepends): an
/// int or `__index__` before 3.12, any object's truth from 3.12.
pub(crate) fn bool_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if vm.rules.sort_reverse_is_truth {
        return vm.truthy(v);
    }
    if matches!(v, Value::Float(_)) && vm.rules.int_arg_message_got_type {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    match vm.indexed(v)? {
        Value::Int(i) => Ok(i != 0),
        Value::Bool(b) => Ok(b.get()),
        Value::Big(_) => Err(vm.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )),
        other => Err(c_int_type_error(vm, &other)),
    }
}

/// The TypeError for a C `int` argument that is not an integer: "an integer is required (got
/// type T)" before 3.10, "'T' object cannot be interpreted as an integer" from 3.10.
pub(crate) fn c_int_type_error(vm: &Vm, v: &Value) -> crate::value::Flow {
    if vm.rules.int_arg_message_got_type {
        vm.type_error(format!(
            "an integer is required (got type {})",
            vm.type_name(v)
        ))
    } else {
        vm.not_an_integer(v)
    }
}
