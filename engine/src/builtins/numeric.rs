//! Numeric built-ins: `sum`, `min`/`max`, `abs`, `round`.

use num_bigint::BigInt;

use super::{arity, kw};
use crate::value::{int, Args, PyResult, Value};
use crate::vm::{ExcKind, Vm};

pub(super) fn b_sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "sum", &a, 1, 2)?;
    let mut acc = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| kw(&a, "start"))
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // As builtin_sum: an int phase while the total and the items are ints, then (when the
    // total became a float) a float phase, compensated (Neumaier) from 3.12 (its int items
    // too from 3.14), then the generic additions; a phase once left is not entered again.
    let compensated = vm.rules.sum_compensated;
    let ints_compensated = vm.rules.sum_compensates_ints;
    let mut phase = match &acc {
        Value::Int(_) => SumPhase::Int,
        Value::Float(f) => SumPhase::Float(f.get(), 0.0),
        _ => SumPhase::Generic,
    };
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        match &mut phase {
            SumPhase::Int => {
                let b = match &x {
                    Value::Int(b) => Some(*b),
                    Value::Bool(b) => Some(i64::from(b.get())),
                    _ => None,
                };
                if let (Value::Int(a), Some(b)) = (&acc, b) {
                    if let Some(s) = a.checked_add(b) {
                        acc = Value::Int(s);
                        continue;
                    }
                }
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
                phase = match &acc {
                    Value::Float(f) => SumPhase::Float(f.get(), 0.0),
                    _ => SumPhase::Generic,
                };
            }
            SumPhase::Float(f, c) => {
                let y = match &x {
                    Value::Float(y) => Some(y.get()),
                    Value::Int(i) if ints_compensated => Some(*i as f64),
                    Value::Bool(b) if ints_compensated => Some(f64::from(u8::from(b.get()))),
                    Value::Int(i) => {
                        *f += *i as f64;
                        continue;
                    }
                    Value::Bool(b) => {
                        *f += f64::from(u8::from(b.get()));
                        continue;
                    }
                    _ => None,
                };
                if let Some(y) = y {
                    let t = *f + y;
                    if compensated {
                        if f.abs() >= y.abs() {
                            *c += (*f - t) + y;
                        } else {
                            *c += (y - t) + *f;
                        }
                    }
                    *f = t;
                    continue;
                }
                acc = Value::float(sum_total(*f, *c));
                phase = SumPhase::Generic;
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
            }
            SumPhase::Generic => {
                acc = vm.binary(&acc, &x, crate::compile::BinOp::Add, false)?;
            }
        }
    }
    if let SumPhase::Float(f, c) = phase {
        acc = Value::float(sum_total(f, c));
    }
    Ok(acc)
}

/// Where `sum()` is: see `b_sum`.
enum SumPhase {
    Int,
    /// The running float total and its compensation.
    Float(f64, f64),
    Generic,
}

/// The float total with its compensation (not added when it would turn an infinite or
/// overflowed total into a NaN).
fn sum_total(f: f64, c: f64) -> f64 {
    if c != 0.0 && c.is_finite() {
        f + c
    } else {
        f
    }
}

pub(super) fn b_minmax(vm: &mut Vm, a: Args, min: bool) -> PyResult<Value> {
    let name = if min { "min" } else { "max" };
    let key = kw(&a, "key").filter(|k| !k.is_none());
    let default = kw(&a, "default");
    let source = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => a.pos[0].clone(),
        _ => Value::tuple(a.pos.clone()),
    };
    let op = if min {
        crate::compile::CmpOp::Lt
    } else {
        crate::compile::CmpOp::Gt
    };
    // As min_max: each item's key is computed (and compared) as the item comes.
    let mut best: Option<(Value, Value)> = None;
    vm.for_each(&source, |vm, x| {
        let k = match &key {
            Some(kf) => vm.call(kf, Args::new(vec![x.clone()]))?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => {
                let r = vm.compare(&k, best_key, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((x, k));
        }
        Ok(())
    })?;
    match best {
        Some((b, _)) => Ok(b),
        None => match default {
            Some(d) => Ok(d),
            None if vm.rules.min_max_empty_iterable_message => {
                Err(vm.value_error(format!("{name}() iterable argument is empty")))
            }
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

pub(super) fn b_abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "abs", &a, 1, 1)?;
    match &a.pos[0] {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| int::from_big(BigInt::from(*i).magnitude().clone().into()))),
        Value::Bool(b) => Ok(Value::Int(i64::from(b.get()))),
        Value::Big(b) => Ok(int::from_big(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        v @ Value::Instance(_) => match vm.lookup_special(v, "__abs__") {
            Some(m) => vm.call(&m, Args::default()),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
        v => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

/// `int.__round__(ndigits)` (long_round): exact, halves to even.
fn round_int(i: BigInt, ndigits: i64) -> BigInt {
    use num_integer::Integer;
    if ndigits >= 0 {
        return i;
    }
    // 10**-ndigits beyond twice |i|: the result is 0 (without building a huge power).
    if ndigits.unsigned_abs() > i.bits() * 30103 / 100_000 + 2 {
        return BigInt::from(0);
    }
    let p = BigInt::from(10).pow(ndigits.unsigned_abs() as u32);
    let (q, r) = i.div_mod_floor(&p);
    let twice = &r * 2;
    let up = twice > p || (twice == p && q.is_odd());
    (if up { q + 1 } else { q }) * p
}

pub(super) fn b_round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arity(vm, "round", &a, 1, 2)?;
    // ndigits: None, or an int (`__index__`), clipped as PyNumber_AsSsize_t(o, NULL) clips.
    let nd = match a.pos.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(match vm.indexed(v)? {
            Value::Int(i) => i,
            Value::Bool(b) => i64::from(b.get()),
            Value::Big(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
            Value::Big(_) => i64::MAX,
            other => return Err(vm.not_an_integer(&other)),
        }),
    };
    match (&a.pos[0], nd) {
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), None) => {
            Ok(int::from_big(int::to_big(&a.pos[0]).unwrap_or_default()))
        }
        (Value::Int(_) | Value::Big(_) | Value::Bool(_), Some(n)) => {
            let i = int::to_big(&a.pos[0]).unwrap_or_default();
            Ok(int::from_big(round_int(i, n)))
        }
        (Value::Float(f), None) => {
            if !f.get().is_finite() {
                return Err(if f.get().is_nan() {
                    vm.value_error("cannot convert float NaN to integer")
                } else {
                    vm.err(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                });
            }
            let r = f.get().round_ties_even();
            if r.abs() < 9.0e18 {
                Ok(Value::Int(r as i64))
            } else {
                Ok(int::from_big(BigInt::from(r as i128)))
            }
        }
        (Value::Float(f), Some(n)) => {
            let s = format!("{:.*}", n.clamp(0, 300) as usize, f.get());
            if n >= 0 {
                Ok(Value::float(s.parse().unwrap_or(f.get())))
            } else {
                let p = 10f64.powi(n.unsigned_abs().min(400) as i32);
                Ok(Value::float((f.get() / p).round_ties_even() * p))
            }
        }
        (v, _) => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}
