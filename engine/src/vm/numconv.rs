//! Numbers from other objects as CPython's abstract API takes them: `PyFloat_AsDouble`
//! (`__float__`, then `__index__`), `PyNumber_Long` for numbers (`__int__`, then
//! `__index__`; floats truncated exactly) and the exact int of a float.

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use super::{ExcKind, Returns, Vm};
use crate::value::{int, Args, PyResult, Value};

impl Vm {
    /// "real " from 3.10 in "a real number" messages, "" before.
    pub fn real_word(&self) -> &'static str {
        if self.rules.real_number_wording {
            "real "
        } else {
            ""
        }
    }

    /// The int of a float, exactly (`int(1e40)`); NaN and infinities are errors.
    pub fn int_from_f64(&self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.err(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(Value::Int(t as i64));
        }
        Ok(int::from_big(BigInt::from_f64(t).unwrap_or_default()))
    }

    /// `PyFloat_AsDouble` of a number: floats, ints, `__float__` (which must return a float),
    /// else `__index__`. None for what has neither.
    pub fn float_of(&mut self, v: &Value) -> PyResult<Option<f64>> {
        Ok(Some(match v {
            Value::Float(f) => f.get(),
            Value::Int(i) => *i as f64,
            Value::Bool(b) => f64::from(u8::from(b.get())),
            Value::Big(b) => int::to_f64(b).ok_or_else(|| {
                self.err(ExcKind::OverflowError, "int too large to convert to float")
            })?,
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__float__") {
                    return match self.call(&m, Args::default())? {
                        Value::Float(f) => Ok(Some(f.get())),
                        other => Err(self.wrong_return(
                            v,
                            "__float__",
                            Returns::Float,
                            &other,
                            format!(
                                "{}.__float__ returned non-float (type {})",
                                self.type_name(v),
                                self.type_name(&other)
                            ),
                        )),
                    };
                }
                if self.lookup_special(v, "__index__").is_none() {
                    return Ok(None);
                }
                let i = self.indexed(v)?;
                return self.float_of(&i);
            }
            _ => return Ok(None),
        }))
    }

    /// `PyNumber_Long` of a number: ints, floats (truncated), `__int__` (which must return
    /// an int), else `__index__`. None for what has neither.
    pub fn int_of_number(&mut self, v: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match v {
            Value::Int(_) | Value::Big(_) => v.clone(),
            Value::Bool(b) => Value::Int(i64::from(b.get())),
            Value::Float(f) => self.int_from_f64(f.get())?,
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__int__") {
                    return match self.call(&m, Args::default())? {
                        r @ (Value::Int(_) | Value::Big(_)) => Ok(Some(r)),
                        Value::Bool(b) => Ok(Some(Value::Int(i64::from(b.get())))),
                        other => Err(self.bad_special_return(v, "__int__", Returns::Int, &other)),
                    };
                }
                if self.lookup_special(v, "__index__").is_none() {
                    return Ok(None);
                }
                self.indexed(v)?
            }
            _ => return Ok(None),
        }))
    }
}
